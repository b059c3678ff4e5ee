/**
 * The remedies of the eligibility reasons in German, for people (codes and English texts stay in the data for
 * scripts). Setting names of the Intune admin center and Azure portal are quoted as the English UI shows them:
 * their German labels could not be confirmed from a Microsoft page.
 * @internal
 * @module
 */

/** `client|CODE` and `server|CODE` → what to do, in German. */
export const REMEDIES_DE: Readonly<Record<string, string>> = {
  'client|EDITION_NOT_SUPPORTED':
    'Das Gerät auf Windows 11 Enterprise oder Education umstellen (Edition-Upgrade, z. B. Aktivierung per Windows-Enterprise-Abonnement)',
  'client|BUILD_BELOW_MINIMUM':
    'Das neueste kumulative Update installieren (26100.2033 oder neuer); Hotpatch greift ab der nächsten Baseline',
  'client|LICENSE_NOT_QUALIFYING':
    'Eine berechtigende Lizenz zuweisen: Windows Enterprise E3/E5, Microsoft 365 E3/E5/F3, Windows Education A3/A5, Microsoft 365 Business Premium oder Windows 365 Enterprise',
  'client|VBS_NOT_RUNNING':
    'Virtualisierungsbasierte Sicherheit (VBS) einschalten (Intune: "Endpoint security > Account protection" oder der CSP VirtualizationBasedTechnology); prüfen in Systeminformationen: Virtualisierungsbasierte Sicherheit = Wird ausgeführt',
  'client|HOTPATCH_POLICY_DISABLED':
    'Intune Admin Center > "Devices > Windows updates > Quality updates": in der Richtlinie des Geräts "When available, apply without restarting the device (Hotpatch)" auf "Allow" setzen',
  'client|HOTPATCH_POLICY_NOT_ENABLED':
    'Intune Admin Center > "Devices > Windows updates": eine Qualitätsupdate-Richtlinie mit Hotpatch auf "Allow" anlegen und zuweisen (ab dem Update vom Mai 2026 standardmäßig an, sofern der Mandant nicht widersprochen hat)',
  'client|MANAGEMENT_NOT_SUPPORTED':
    'Das Gerät mit Microsoft Intune (Windows Autopatch) verwalten, damit eine Windows-Qualitätsupdate-Richtlinie es erreicht',
  'client|ARM64_CHPE_ENABLED':
    'CHPE abschalten: DWORD HotPatchRestrictions = 1 unter HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management (oder der CSP DisableCHPE), dann einmal neu starten',
  'client|ARCHITECTURE_NOT_SUPPORTED':
    'Auf dieser Hardware nicht möglich: Hotpatch braucht x64 (oder Arm64 mit abgeschaltetem CHPE unter Windows 11)',
  'client|BEFORE_PROGRAM': 'Nichts zu tun: das Hotpatch-Programm des Produkts hatte noch nicht begonnen',
  'client|OUT_OF_SUPPORT': 'Auf eine unterstützte Windows-Version aktualisieren',
  'client|END_OF_SERVICING':
    'Auf eine noch gewartete Version wechseln (Funktionsupdate auf Windows 11 25H2, oder Enterprise/Education, die ein Jahr länger gewartet werden als Home/Pro); Windows 10 22H2: für Extended Security Updates (ESU) registrieren',
  'client|NOT_A_HOTPATCH_PRODUCT':
    'Für Hotpatch auf Windows 11 Enterprise 24H2 oder neuer aktualisieren (Server: Windows Server 2025 oder 2022 Datacenter: Azure Edition)',
  'server|EDITION_NOT_SUPPORTED':
    'Windows Server Datacenter: Azure Edition auf Azure oder Azure Local einsetzen, oder Windows Server 2025 Standard/Datacenter über Azure Arc anbinden',
  'server|BUILD_BELOW_MINIMUM':
    'Das neueste kumulative Update installieren (26100.1742 oder neuer), bevor Hotpatch über Azure Arc eingeschaltet wird',
  'server|HOTPATCH_POLICY_DISABLED':
    'Hotpatch einschalten: Azure-Portal > die Maschine > "Updates > Update settings > Hotpatch" (oder die Hotpatch-Einstellung in Azure Arc)',
  'server|HOTPATCH_POLICY_NOT_ENABLED':
    'Hotpatch einschalten: Azure-Portal > die Maschine > "Updates > Update settings > Hotpatch" (oder die Hotpatch-Einstellung in Azure Arc)',
  'server|MANAGEMENT_NOT_SUPPORTED':
    'Datacenter: Azure Edition auf Azure oder Azure Local betreiben, oder Windows Server 2025 Standard/Datacenter (26100.1742 oder neuer) über Azure Arc anbinden und dort Hotpatch einschalten; Intune liefert keine Server-Hotpatches',
  'server|ARCHITECTURE_NOT_SUPPORTED': 'Auf dieser Hardware nicht möglich: Windows-Server-Hotpatch braucht x64',
  'server|OUT_OF_SUPPORT':
    'Das Hotpatch-Programm dieser Windows-Server-Version ist beendet: für weiteres Hotpatching auf Windows Server 2025 wechseln',
  'server|END_OF_SERVICING':
    'Den Server auf eine noch unterstützte Windows-Server-Version umstellen (Windows Server 2025)',
};
