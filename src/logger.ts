import cluster from 'node:cluster';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * What never reaches a log line, wherever it appears: credentials and anything that could sign a
 * request. Request bodies and GraphQL variables are never logged in the first place.
 */
export const REDACTED_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'authorization',
  'cookie',
  'jwtSecret',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.authorization',
  '*.cookie',
  '*.jwtSecret',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
];

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const HIDDEN_KEYS = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'worker', 'err']);

/**
 * Readable lines for a terminal, in the process itself (no transport worker): time, level,
 * worker, message, then the other fields as key=value; an error's stack on the lines below.
 */
export function prettyStream(out: { write(text: string): unknown } = process.stdout): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        out.write(line);
        return;
      }
      const time = new Date(entry.time as number).toISOString().slice(11, 23);
      const level = (LEVEL_NAMES[entry.level as number] ?? String(entry.level)).padEnd(5);
      const worker = entry.worker ? ` worker ${entry.worker}` : '';
      const fields = Object.entries(entry)
        .filter(([key, value]) => !HIDDEN_KEYS.has(key) && value !== undefined)
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(' ');
      const err = entry.err as { stack?: string; message?: string } | undefined;
      const stack = err ? `\n    ${(err.stack ?? err.message ?? '').split('\n').join('\n    ')}` : '';
      out.write(`${time} ${level}${worker} ${entry.msg ?? ''}${fields ? `  ${fields}` : ''}${stack}\n`);
    },
  };
}

/** The process's logger: JSON lines (or readable ones), at LOG_LEVEL, with secrets redacted. */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>, destination?: DestinationStream): Logger {
  const base = { pid: process.pid, ...(cluster.isWorker ? { worker: cluster.worker!.id } : {}) };
  return pino(
    {
      level: config.logLevel,
      base,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
      timestamp: pino.stdTimeFunctions.epochTime,
    },
    destination ?? (config.logFormat === 'pretty' ? prettyStream() : pino.destination({ dest: 1, sync: true })),
  );
}
