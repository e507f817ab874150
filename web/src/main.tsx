import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
import { locale } from "./i18n/index.ts";
import "./styles.css";
import "./features/shell/shell.css";

document.documentElement.lang = locale();
render(() => <App />, document.getElementById("app")!);
