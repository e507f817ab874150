/** A progress bar with its label; the fraction is 0 to 1. */
export function ProgressBar(props: { label: string; fraction: number; testId?: string }) {
  const percent = () => Math.round(Math.min(1, Math.max(0, props.fraction)) * 100);
  return (
    <div class="import-progress" data-testid={props.testId ?? "import-progress"}>
      <div class="import-progress-label">
        <span>{props.label}</span>
        <span class="mono">{percent()}%</span>
      </div>
      <div class="import-progress-track" role="progressbar" aria-label={props.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent()}>
        <div class="import-progress-fill" style={{ width: `${percent()}%` }} />
      </div>
    </div>
  );
}
