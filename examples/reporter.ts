/**
 * Step-by-step console output for the demo: each step with its outcome and timing, the way a CLI a person
 * enjoys watching prints it. Colours only on a TTY (and never with NO_COLOR).
 */
const colour = process.stdout.isTTY === true && !process.env['NO_COLOR'];
const paint = (code: number) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const green = paint(32);
const red = paint(31);
const yellow = paint(33);
const dim = paint(2);
const bold = paint(1);

export interface Reporter {
  title(text: string): void;
  note(text: string): void;
  /**
   * Runs one step and prints `✔ label — detail (12 ms)`. `expected` turns an anticipated error into a success line
   * (e.g. the guard refusing a call); any other error is printed and rethrown.
   */
  step<T>(
    label: string,
    run: () => PromiseLike<T>,
    describe?: (value: T) => string | undefined,
    expected?: (error: unknown) => string | undefined,
  ): Promise<T>;
  done(summary: string): void;
}

export function createReporter(): Reporter {
  const started = performance.now();
  let steps = 0;
  return {
    title(text) {
      console.log(`\n${bold(text)}`);
    },
    note(text) {
      console.log(`  ${dim('·')} ${dim(text)}`);
    },
    async step(label, run, describe, expected) {
      steps++;
      const at = performance.now();
      const ms = () => dim(`(${(performance.now() - at).toFixed(1)} ms)`);
      try {
        const value = await run();
        const detail = describe?.(value);
        console.log(`  ${green('✔')} ${label}${detail ? ` — ${detail}` : ''} ${ms()}`);
        return value;
      } catch (error) {
        const handled = expected?.(error);
        if (handled !== undefined) {
          console.log(`  ${yellow('⛔')} ${label} — ${handled} ${ms()}`);
          return undefined as never;
        }
        console.log(`  ${red('✘')} ${label} — ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} ${ms()}`);
        throw error;
      }
    },
    done(summary) {
      console.log(`\n${green('Done.')} ${steps} steps in ${(performance.now() - started).toFixed(0)} ms; ${summary}.`);
    },
  };
}
