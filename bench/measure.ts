import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Wall time and peak memory of one child process tree, as GNU time reports them. */
export interface Measured {
  wallMs: number;
  peakMb: number;
  output: string;
}

/** Runs a shell command under `/usr/bin/time -v`; throws with its output when it fails. */
export function timed(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Measured {
  const result = spawnSync("/usr/bin/time", ["-v", "sh", "-c", command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs ?? 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) throw new Error(`"${command}" failed (${result.status ?? result.signal}):\n${output.slice(-3000)}`);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(output);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  if (!elapsed || !rss) throw new Error(`no timing from /usr/bin/time for "${command}"`);
  const wallMs = ((Number(elapsed[1] ?? 0) * 60 + Number(elapsed[2])) * 60 + Number(elapsed[3])) * 1000;
  return { wallMs, peakMb: Number(rss[1]) / 1024, output };
}

/** The shell line an npm script runs, so the benchmark times exactly it without npm's own start-up. */
export function npmScript(projectDir: string, name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const script = pkg.scripts[name];
  if (!script) throw new Error(`package.json has no "${name}" script`);
  return `export PATH="${path.join(projectDir, "node_modules/.bin")}:$PATH"; ${script}`;
}

/** HTML pages under a built site. */
export function countPages(site: string): { pages: number; largestKb: number; largestPage: string } {
  let pages = 0;
  let largest = 0;
  let largestPage = "";
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stats = statSync(full);
      if (stats.isDirectory()) walk(full);
      else if (name.endsWith(".html")) {
        pages++;
        if (stats.size > largest) [largest, largestPage] = [stats.size, path.relative(site, full)];
      }
    }
  };
  walk(site);
  return { pages, largestKb: largest / 1024, largestPage };
}

/** A long-running child (the watcher): started in its own process group so it can be stopped with all its children. */
export function startBackground(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const child = spawn("sh", ["-c", command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            // It stopped on SIGTERM.
          }
        }, 3000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Polls every `everyMs` until `check` is true; returns the time it became true, or throws after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, what: string, everyMs = 10): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (check()) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const mtimeOf = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);
