import { startupErrorLine } from "../startupError.ts";

/**
 * Runs a command-line tool: a failure ends it with ONE line for the operator (what is wrong, what to do;
 * startupError.ts) and exit code 1, as the relay's own start does. Wrong arguments are the tool's to say (exit 2).
 */
export async function runCli(name: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(startupErrorLine(error, `${name} gagal`));
    process.exit(1);
  }
}
