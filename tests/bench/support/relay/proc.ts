import { existsSync, readFileSync } from "node:fs";

/**
 * What the kernel says about a process (Linux /proc): CPU time of all its threads, memory,
 * bytes written. The relay runs in a child process, so these are its own figures, not the
 * benchmark's (which drives the clients in this process).
 */
const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** user + system CPU of every thread of the process, in ms. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // fields after the command name (which may hold spaces) start after the last ')'
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size now and its high-water mark, in MiB. */
export function memoryOf(pid: number): { rssMiB: number; hwmMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kb("VmRSS") / 1024, hwmMiB: kb("VmHWM") / 1024 };
}

/** Bytes the process passed to write(2) (`wchar`: files, the WAL, pipes) and bytes sent to the block layer. */
export function writtenBytesOf(pid: number): { wchar: number; writeBytes: number } {
  const io = readFileSync(`/proc/${pid}/io`, "utf8");
  const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(io)?.[1] ?? Number.NaN);
  return { wchar: field("wchar"), writeBytes: field("write_bytes") };
}

export function isAlive(pid: number): boolean {
  return existsSync(`/proc/${pid}`);
}
