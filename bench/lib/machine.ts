// Where the numbers were measured: a benchmark's figures mean little without the machine and its load.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  /** 1-minute load average when the run started and ended: other work on the machine slows every timing. */
  loadAtStart: number;
  loadAtEnd?: number;
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    kernel: release(),
    node: process.version,
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export const currentLoad = (): number => Math.round(loadavg()[0]! * 100) / 100;
