// Child processes of the bench: the loopback Graph server, one-shot measurement children and cold starts.
// Every child gets a hard timeout and is killed by its own pid, so a stuck child can never hang the run.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD_TIMEOUT_MS = 120_000;

/** Starts `graph-server.mjs`; resolves with its base URL and a `stop()` that ends it. */
export function startGraphServer(env = {}) {
  const script = fileURLToPath(new URL('./graph-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const stop = () => {
    child.stdin.end();
    if (child.exitCode === null) child.kill();
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('graph server did not start within 10 s'));
    }, 10_000);
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n')[0];
      if (!buffered.includes('\n')) return;
      clearTimeout(timer);
      const { port } = JSON.parse(line);
      resolve({ url: `http://127.0.0.1:${port}`, stop });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`graph server exited early (code ${code})`));
    });
  });
}

/**
 * Runs `node [nodeArgs] script [args]` and resolves with the JSON object it printed as its last stdout line.
 * @throws when the child fails, prints no JSON or runs past the timeout.
 */
export function runJsonChild(script, { args = [], nodeArgs = [], env = {}, timeoutMs = CHILD_TIMEOUT_MS } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (out += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} failed (code ${code}, signal ${signal})`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/**
 * Spawns `node file` as a brand-new process and measures, from just before `spawn()`, when it printed `done`
 * (its first call completed) and when it exited. Milliseconds.
 */
export function timeColdStart(file, env, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let doneMs;
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (doneMs === undefined && out.includes('done')) doneMs = ms();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const exitMs = ms();
      if (code !== 0 || doneMs === undefined) return reject(new Error(`${file} failed (code ${code}): ${out.slice(0, 200)}`));
      resolve({ firstCallMs: doneMs, exitMs });
    });
  });
}
