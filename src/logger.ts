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

/** A field's text on one line: a client-chosen value (an operation name) cannot start a line of its own. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, (char) => JSON.stringify(char).slice(1, -1));

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
        .map(([key, value]) => `${key}=${typeof value === 'string' ? oneLine(value) : JSON.stringify(value)}`)
        .join(' ');
      const err = entry.err as { stack?: string; message?: string } | undefined;
      const stack = err ? `\n    ${(err.stack ?? err.message ?? '').split('\n').join('\n    ')}` : '';
      out.write(`${time} ${level}${worker} ${oneLine(String(entry.msg ?? ''))}${fields ? `  ${fields}` : ''}${stack}\n`);
    },
  };
}

/** A failed statement in front of PostgreSQL's message, as knex and MikroORM report it: "<statement> - <message>". */
const FAILED_STATEMENT = /^\s*(?:with|select|insert|update|delete|lock|set|begin|commit|rollback|alter|create)\b/i;
/** Fields of a PostgreSQL error that may quote the values of a row. */
const ROW_FIELDS = ['detail', 'where', 'sql', 'params', 'parameters', 'bindings', 'query'];

/**
 * An error as logged. A database error's message starts with the failed statement, its values
 * written in; a value may be anyone's data (an address, a password hash), so only the statement's
 * first words are kept (up to 60 characters, none from a quoted value: what it did, to which
 * table), with PostgreSQL's message, code and the other fields that name no value.
 */
export function loggedError(error: Error): ReturnType<typeof pino.stdSerializers.err> {
  const serialized = pino.stdSerializers.err(error);
  const message = typeof serialized?.message === 'string' ? serialized.message : '';
  const split = message.lastIndexOf(' - ');
  if (!FAILED_STATEMENT.test(message) || split < 0) return serialized;
  const head = message.slice(0, split).replace(/\s+/g, ' ').trim();
  const short = `${head.slice(0, Math.min(60, head.includes("'") ? head.indexOf("'") : 60)).trim()} … - ${message.slice(split + 3)}`;
  const cleaned: Record<string, unknown> = { ...serialized, message: short };
  if (typeof serialized.stack === 'string') cleaned.stack = serialized.stack.split(message).join(short);
  for (const field of ROW_FIELDS) delete cleaned[field];
  return cleaned as ReturnType<typeof pino.stdSerializers.err>;
}

/** The process's logger: JSON lines (or readable ones), at LOG_LEVEL, with secrets redacted. */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>, destination?: DestinationStream): Logger {
  const base = { pid: process.pid, ...(cluster.isWorker ? { worker: cluster.worker!.id } : {}) };
  return pino(
    {
      level: config.logLevel,
      base,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: loggedError },
      timestamp: pino.stdTimeFunctions.epochTime,
    },
    destination ?? (config.logFormat === 'pretty' ? prettyStream() : pino.destination({ dest: 1, sync: true })),
  );
}
