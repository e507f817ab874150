import { createMemo, createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { REPORT_INDICATORS, type SentReport } from "@shared/model/index.ts";
import { formatDateTime, formatNumber, t } from "../../i18n/index.ts";
import { fetchSentReports, flushOutbox, onOutboxChange, outboxEntries, queueReport, type OutboxEntry } from "../../sync/reportOutbox.ts";
import type { Session } from "../../sync/sessions.ts";
import { formatMonth } from "../../ui/formatMonth.ts";
import "./sendReport.css";

/**
 * "Kirim laporan" (issue 16): the lurah reviews the month's numbers and sends them. The seam for the monthly
 * report: give it the SentReport the device computed. It waits on the device while offline and shows, per send,
 * whether the relay received it (and which version), is waiting, or refused it with the relay's reason.
 */
export function SendReportPanel(props: { session: Session; report: SentReport | null }) {
  const ws = props.session.payload.ws;
  const [entries, setEntries] = createSignal(outboxEntries(ws));
  const [registered, setRegistered] = createSignal<{ kodeWilayah: string; name: string } | null | undefined>(undefined);
  onCleanup(onOutboxChange((changed) => changed === ws && setEntries(outboxEntries(ws))));
  const refreshRegistration = async () => {
    const sent = await fetchSentReports(props.session);
    if (sent) setRegistered(sent.registered);
  };
  onMount(() => void refreshRegistration());

  const month = () => props.report?.month ?? "";
  const ofMonth = createMemo(() => entries().filter((e) => e.month === month()).reverse());
  const shown = createMemo(() => (props.report ? REPORT_INDICATORS.filter((k) => props.report!.indicators[k] !== undefined) : []));
  const send = () => {
    if (!props.report) return;
    queueReport(props.session, props.report);
    void flushOutbox(props.session).then(refreshRegistration);
  };

  return (
    <section class="send-report" data-testid="send-report">
      <h2>{t("send.title")}</h2>
      <p class="muted">{t("send.intro")}</p>
      <Show when={registered()}>{(r) => <p data-testid="send-registered">{t("send.registered", { name: r().name, kode: r().kodeWilayah })}</p>}</Show>
      <Show when={registered() === null}>
        <p class="warning" role="status">{t("send.notRegistered")}</p>
      </Show>
      <Show when={props.report}>
        {(report) => (
          <>
            <h3>{t("send.review")}: {formatMonth(report().month)}</h3>
            <table class="send-numbers" data-testid="send-numbers">
              <tbody>
                <For each={shown()}>
                  {(k) => {
                    const v = report().indicators[k];
                    return (
                      <tr>
                        <th scope="row">{t(`ind.${k}`)}</th>
                        <td>{v === null || v === undefined ? t("district.noData") : formatNumber(v)}</td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
            <p class="muted">{t("send.byRw", { n: report().byRw.length })}</p>
            <button type="button" class="primary" data-testid="send-report-button" onClick={send}>
              {ofMonth().some((e) => e.state !== "refused") ? t("send.again") : t("send.button")}
            </button>
          </>
        )}
      </Show>
      <h3>{t("send.history")}</h3>
      <Show when={ofMonth().length > 0} fallback={<p class="muted">{t("send.none")}</p>}>
        <ul class="send-history" data-testid="send-history">
          <For each={ofMonth()}>{(e) => <SendState entry={e} />}</For>
        </ul>
      </Show>
    </section>
  );
}

function SendState(props: { entry: OutboxEntry }) {
  const text = () => {
    const e = props.entry;
    if (e.state === "received" && e.receipt) return t("send.state.received", { date: formatDateTime(Date.parse(e.receipt.receivedAt)), version: e.receipt.version });
    if (e.state === "refused") return t("send.state.refused", { message: e.message ?? "" });
    return e.message ? `${t("send.state.waiting")} (${e.message})` : t("send.state.waiting");
  };
  return (
    <li data-testid="send-state" data-state={props.entry.state} classList={{ error: props.entry.state === "refused" }}>
      <span class="muted">{formatDateTime(props.entry.queuedAt)}</span> {text()}
    </li>
  );
}
