import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import WebSocket from 'ws';

export interface Delivery<R> {
  data?: R;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A graphql-transport-ws client for tests: one socket, subscriptions collected in arrays so a
 * test can wait for a number of events and check exactly what arrived.
 */
export class Subscriber {
  private nextId = 1;
  private handlers = new Map<string, (message: { type: string; payload?: unknown }) => void>();
  closeCode?: number;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: string; type: string; payload?: unknown };
      if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      if (message.id) this.handlers.get(message.id)?.(message);
    });
    socket.on('close', (code) => (this.closeCode = code));
  }

  static connect(url: string, token?: string): Promise<Subscriber> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
      socket.on('message', function ack(data) {
        if (JSON.parse(String(data)).type === 'connection_ack') {
          socket.off('message', ack);
          resolve(new Subscriber(socket));
        }
      });
      socket.on('close', (code) => reject(new Error(`socket closed with ${code}`)));
      socket.on('error', reject);
    });
  }

  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
    const id = String(this.nextId++);
    const received: Delivery<R>[] = [];
    const state = { completed: false, error: undefined as unknown };
    const waiters: (() => void)[] = [];
    this.handlers.set(id, (message) => {
      if (message.type === 'next') received.push(message.payload as Delivery<R>);
      if (message.type === 'error') state.error = message.payload;
      if (message.type === 'complete' || message.type === 'error') state.completed = true;
      waiters.splice(0).forEach((wake) => wake());
    });
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: print(document), variables } }));
    const socket = this.socket;
    return {
      received,
      state,
      /** Waits until `count` deliveries arrived (or the stream ended), at most `ms`. */
      async waitFor(count: number, ms = 5000): Promise<Delivery<R>[]> {
        const deadline = Date.now() + ms;
        while (received.length < count && !state.completed && Date.now() < deadline) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
            waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        return received;
      },
      stop() {
        socket.send(JSON.stringify({ id, type: 'complete' }));
      },
    };
  }

  close(): void {
    this.socket.close();
  }
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
