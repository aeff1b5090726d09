import http from 'node:http';
import { eventually } from './eventually';

/** One message of an SSE stream, as a browser's EventSource would see it. */
export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/** A stream being read: what came so far, parsed; or the refusal, when it never started. */
export interface SseStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body of a refusal (status ≠ 200), parsed as JSON. */
  refusal?: { errors: { message: string; extensions: { code: string } }[] };
  messages: SseMessage[];
  /** Lines that are not messages: `retry:` values and comments (heartbeats). */
  retry?: number;
  comments: string[];
  /** True once the server ended the stream. */
  ended: boolean;
  /** The `notification` messages' data, parsed. */
  notifications(): { id: string; sequence: string; kind: string; recordId: string; [key: string]: unknown }[];
  /** Waits (10 s at most) until a notification with this record id has come. */
  waitForRecord(recordId: string, boundMs?: number): Promise<void>;
  close(): void;
}

/**
 * Opens `GET url` with plain node:http and parses the SSE text as it arrives (the
 * format of the HTML spec: fields up to a blank line; `:` lines are comments). Resolves
 * once the answer's head has come.
 */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const stream: SseStream = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages: [],
        comments: [],
        ended: false,
        notifications: () => stream.messages.filter((m) => m.event === 'notification').map((m) => JSON.parse(m.data)),
        waitForRecord: (recordId, boundMs = 10_000) =>
          eventually(`a notification about ${recordId}`, () => stream.notifications().some((n) => n.recordId === recordId), { boundMs }),
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      if (stream.status !== 200) {
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          stream.refusal = JSON.parse(body);
          stream.ended = true;
          resolve(stream);
        });
        return;
      }
      let buffer = '';
      let current: Partial<SseMessage> & { dataLines: string[] } = { dataLines: [] };
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (current.dataLines.length > 0 || current.event) {
              stream.messages.push({ id: current.id, event: current.event ?? 'message', data: current.dataLines.join('\n') });
            }
            current = { dataLines: [] };
          } else if (line.startsWith(':')) {
            stream.comments.push(line.slice(1).trim());
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'data') current.dataLines.push(value);
            else if (field === 'event') current.event = value;
            else if (field === 'id') current.id = value;
            else if (field === 'retry') stream.retry = Number(value);
          }
        }
      });
      res.on('end', () => (stream.ended = true));
      res.on('error', () => (stream.ended = true));
      resolve(stream);
    });
    req.on('error', reject);
  });
}
