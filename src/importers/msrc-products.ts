/**
 * Microsoft's product names in the MSRC security update guide (CVRF `ProductTree`), mapped to this library's
 * products. Each hotpatch product's name is listed per architecture and installation; Windows Server 2022's
 * names stand for Datacenter: Azure Edition too, which takes the same monthly cumulative update and, as
 * "Security Hotpatch Update", its own hotpatch.
 * @internal
 * @module
 */
import type { ProductId } from 'hotpatch-calendar';

const NAMES: readonly (readonly [RegExp, ProductId])[] = [
  [/^Windows 11 Version 24H2 for (?:x64|ARM64)-based Systems$/i, 'windows-11-24h2'],
  [/^Windows 11 Version 25H2 for (?:x64|ARM64)-based Systems$/i, 'windows-11-25h2'],
  [/^Windows 11 Version 26H2 for (?:x64|ARM64)-based Systems$/i, 'windows-11-26h2'],
  [/^Windows Server 2025(?: \(Server Core installation\))?$/i, 'windows-server-2025'],
  [/^Windows Server 2022(?: \(Server Core installation\))?$/i, 'windows-server-2022-azure-edition'],
  [/^Windows Server 2022 Datacenter: Azure Edition(?: \(Hotpatch\))?$/i, 'windows-server-2022-azure-edition'],
  [/^Windows Server 2025 Datacenter: Azure Edition(?: \(Hotpatch\))?$/i, 'windows-server-2025'],
];

/** The product a MSRC product name stands for, or null for every other product (.NET, Office, other Windows). */
export function _productOfMsrcName(name: string): ProductId | null {
  for (const [re, id] of NAMES) if (re.test(name.trim())) return id;
  return null;
}

/** Whether an unmapped name looks like a hotpatch product this mapping does not know yet (worth a warning). */
export function _looksLikeHotpatchProduct(name: string): boolean {
  // A newer Windows 11 version (after 26H2) or anything named for hotpatch or Azure Edition.
  return /hotpatch|azure edition/i.test(name) || /^Windows 11 Version (?:2[7-9]|[3-9]\d)H\d for /i.test(name);
}
