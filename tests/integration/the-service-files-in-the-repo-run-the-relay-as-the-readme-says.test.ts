import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT } from "./support/childRelay.ts";

const deploy = (name: string) => readFileSync(join(REPO_ROOT, "relay/deploy", name), "utf8");
const setting = (unit: string, key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, "gm"))].map((m) => m[1]!);

// Issue 17, item 10: how to run the relay under systemd (a unit in the repo, with LimitNOFILE) and behind a
// reverse proxy. The files are the operator's: what they start must exist, and systemd must accept them.
it("the systemd units start the relay's own entry points with the limits README names, and systemd accepts them", () => {
  const service = deploy("rembuk.service");
  expect(setting(service, "LimitNOFILE")).toEqual(["65536"]);
  const exec = setting(service, "ExecStart")[0]!;
  // the relay as `npm start` runs it: built by `npm run build` (the unit's install line says so) from relay/src/main.ts
  expect(exec).toMatch(/ dist-relay\/main\.mjs --no-demo$/);
  expect(service).toContain("npm run build");
  const relayBuild = readFileSync(join(REPO_ROOT, "vite.relay.config.ts"), "utf8");
  expect(relayBuild).toContain('"./relay/src/main.ts"');
  expect(relayBuild).toContain('"./dist-relay"');
  expect(existsSync(join(REPO_ROOT, "relay/src/main.ts"))).toBe(true);
  expect(setting(service, "Environment")).toEqual(expect.arrayContaining(["DATA_DIR=/var/lib/rembuk", "HOST=127.0.0.1", "LOG_LEVEL=info"]));
  expect(setting(service, "StateDirectoryMode")).toEqual(["0700"]);
  const backup = deploy("rembuk-backup.service");
  expect(setting(backup, "ExecStart")[0]).toContain("relay/src/cli/backup.ts --out /var/backups/rembuk/");
  expect(existsSync(join(REPO_ROOT, "relay/src/cli/backup.ts"))).toBe(true);

  const readme = readFileSync(join(REPO_ROOT, "relay/README.md"), "utf8");
  for (const file of ["rembuk.service", "rembuk-backup.timer", "nginx-rembuk.conf"]) expect(readme).toContain(`deploy/${file}`);

  // where systemd is installed, systemd itself reads the units (without it, the checks above still ran)
  const analyze = spawnSync("systemd-analyze", ["--version"], { stdio: "ignore" }).status === 0 ? "systemd-analyze" : null;
  if (analyze) {
    const files = ["rembuk.service", "rembuk-backup.service", "rembuk-backup.timer"].map((f) => join(REPO_ROOT, "relay/deploy", f));
    // it warns on stderr (an unknown setting, a value it cannot parse, a missing program) and exits 0
    const verified = spawnSync(analyze, ["verify", ...files], { encoding: "utf8" });
    expect(`${verified.stdout}${verified.stderr}`).toBe("");
  }
});

it("the nginx example passes WebSocket upgrades, sizes bodies and headers for the relay, and logs no token", () => {
  const conf = deploy("nginx-rembuk.conf");
  for (const line of [
    "proxy_set_header Upgrade $http_upgrade;",
    "proxy_set_header Connection $connection_upgrade;",
    "proxy_http_version 1.1;",
    "proxy_pass http://127.0.0.1:8080;",
    "client_max_body_size 512k;",
    "large_client_header_buffers 4 16k;",
    "proxy_read_timeout 1h;",
  ]) {
    expect(conf).toContain(line);
  }
  expect(conf).not.toMatch(/log_format[^;]*(\$http_authorization|\$http_sec_websocket_protocol|\$args)/);
});
