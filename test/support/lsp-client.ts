/**
 * A plain LSP client for tests: JSON-RPC over a child process's stdio, framed with Content-Length headers,
 * written here from the protocol (no LSP library), so the server is tested as Neovim or Helix would drive it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Every notification the server sent, in order. */
  readonly notifications: RpcMessage[] = [];
  private readonly listeners: Array<() => void> = [];
  /** The server's requests to the client (workspace/configuration, ...), answered by `onRequest`. */
  onRequest: (method: string, params: unknown) => unknown = () => null;
  stderr = '';
  /** What the server answered to initialize (set by the test). */
  capabilities: Record<string, unknown> = {};

  constructor(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (d: Buffer) => this.read(d));
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`server exited (${code}): ${this.stderr}`));
      this.waiting.clear();
    });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from server: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as RpcMessage);
    }
  }

  private dispatch(m: RpcMessage): void {
    if (m.method !== undefined && m.id !== undefined) {
      let result: unknown = null;
      try {
        result = this.onRequest(m.method, m.params);
      } catch {
        result = null;
      }
      this.write({ jsonrpc: '2.0', id: m.id, result: result ?? null });
    } else if (m.method !== undefined) {
      this.notifications.push(m);
      for (const l of this.listeners.splice(0)) l();
    } else if (typeof m.id === 'number') {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error) w?.reject(new Error(`${m.error.code}: ${m.error.message}`));
      else w?.resolve(m.result);
    }
  }

  private write(m: RpcMessage): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or still to come) that `match` accepts. */
  waitFor<T = unknown>(method: string, match: (params: T) => boolean, ms = 20_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} in ${ms} ms; got ${this.notifications.map((n) => n.method).join(', ')}; stderr: ${this.stderr}`)), ms);
      let seen = 0;
      const check = () => {
        for (; seen < this.notifications.length; seen++) {
          const n = this.notifications[seen]!;
          if (n.method === method && match(n.params as T)) {
            clearTimeout(timer);
            resolve(n.params as T);
            return;
          }
        }
        this.listeners.push(check);
      };
      check();
    });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      const t = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 3000);
      this.child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}
