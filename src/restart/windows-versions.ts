/**
 * Every Windows build gets a name, in the hotpatch program or not: a Windows 10 or 23H2 device, an LTSC edition or
 * an older Windows Server is a known product that restarts every month, not an error.
 * @module
 */
import { _isServerEdition } from '../products/lifecycle.js';
import type { ProductId } from '../products/products.js';

/** OS builds of the hotpatch products: 26100 (Windows 11 24H2 and Server 2025), 26200, 26300, 20348. */
const PROGRAM_MAJORS: ReadonlySet<number> = new Set([26100, 26200, 26300, 20348]);

/** Windows versions outside the program, by OS build (Microsoft's release-information pages). */
const OTHER_WINDOWS: Readonly<Record<number, readonly [client: string, server: string]>> = {
  10240: ['Windows 10 1507 (LTSB 2015)', 'Windows 10 1507 (LTSB 2015)'],
  14393: ['Windows 10 1607 (LTSB 2016)', 'Windows Server 2016'],
  17763: ['Windows 10 1809 (LTSC 2019)', 'Windows Server 2019'],
  19044: ['Windows 10 21H2 (LTSC 2021)', 'Windows 10 21H2 (LTSC 2021)'],
  19045: ['Windows 10 22H2', 'Windows 10 22H2'],
  22000: ['Windows 11 21H2', 'Windows 11 21H2'],
  22621: ['Windows 11 22H2', 'Windows 11 22H2'],
  22631: ['Windows 11 23H2', 'Windows 11 23H2'],
  25398: ['Windows Server, version 23H2', 'Windows Server, version 23H2'],
  28000: ['Windows 11 26H1', 'Windows 11 26H1'],
};

/** Whether an OS build belongs to a product of the hotpatch program. @internal */
export function _isProgramBuild(build: number): boolean {
  return PROGRAM_MAJORS.has(build);
}

/** The name of a Windows version outside the program, from its OS build and edition. @internal */
export function _windowsName(build: number, edition: string): string {
  const names = OTHER_WINDOWS[build];
  const server = _isServerEdition(edition);
  if (names) return names[server ? 1 : 0];
  return server ? `Windows Server (OS build ${build})` : `Windows (OS build ${build})`;
}

/**
 * The name of a device on a program build, with its edition: a Server 2022 Datacenter (not Azure Edition) or an
 * LTSC device shares the build numbers of a hotpatch product but is not that product, and its name must say so.
 * @internal
 */
export function _programWindowsName(product: ProductId, displayName: string, edition: string): string {
  if (product === 'windows-server-2022-azure-edition') {
    return /azure edition/i.test(edition) ? displayName : `Windows Server 2022 ${edition}`;
  }
  if (product === 'windows-server-2025') return `Windows Server 2025 ${edition}`;
  if (/ltsc/i.test(edition) && product === 'windows-11-24h2') return 'Windows 11 Enterprise LTSC 2024';
  return displayName.replace('Enterprise', edition);
}
