/** Where the command line writes; an object so tests can capture it. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export const EXIT = { ok: 0, programFailed: 1, usage: 2 } as const;
