import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
import { restoreLocale } from "./i18n/index.ts";
import "./styles.css";
import "./features/shell/shell.css";

// a device set to English fetches its dictionary (its own chunk) before the first paint; Bahasa needs nothing
void restoreLocale().then(() => render(() => <App />, document.getElementById("app")!));
