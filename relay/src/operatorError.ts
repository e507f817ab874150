/**
 * A problem the relay's operator must fix (a damaged key file, a bad setting), with a message that says
 * what is wrong and what to do, in Bahasa Indonesia like every operator message of the relay. The relay's
 * start (main.ts) and the command-line tools print it as one line, never as a stack trace.
 */
export class OperatorError extends Error {
  override name = "OperatorError";
}
