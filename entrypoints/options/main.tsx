import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BackupSettings } from '../../components/BackupSettings';
import { DataSettings } from '../../components/DataSettings';
import { SitesSettings } from '../../components/SitesSettings';
import type { Site } from '../../core/sites';
import { downloadText } from '../../platform/download';
import { changeSiteRule, disableSite, enableSite } from '../../platform/sites';
import { applyImport, exportBackup, planBackupImport } from '../../store/backup';
import { applyRetention, deleteAllData } from '../../store/retention';
import { loadPrefs, loadSites, savePrefs, watchSiteStorage } from '../../store/site-storage';
import '../../components/panel.css';

function Settings() {
  const [sites, setSites] = useState<Record<string, Site>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [retentionDays, setRetentionDays] = useState<number | null>(null);
  useEffect(() => {
    void loadPrefs().then((prefs) => setRetentionDays(prefs.retentionDays));
    void loadSites().then((loaded) => {
      setSites(loaded.sites);
      setProblem(loaded.problem);
    });
    return watchSiteStorage({ sites: setSites });
  }, []);
  return (
    <main class="panel settings">
      <h1>Pause Point settings</h1>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <SitesSettings
        sites={Object.values(sites)}
        onEnable={(site) => enableSite(site)}
        onChangeRule={changeSiteRule}
        onDisable={disableSite}
      />
      <BackupSettings
        onExport={async () => {
          const backup = await exportBackup();
          downloadText(`pause-point-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 2));
        }}
        onPlan={planBackupImport}
        onImport={applyImport}
      />
      {retentionDays !== null && (
        <DataSettings
          retentionDays={retentionDays}
          onSaveRetention={async (days) => {
            await savePrefs({ ...(await loadPrefs()), retentionDays: days });
            return (await applyRetention()).deletedCases.length;
          }}
          onDeleteAll={async () => {
            for (const origin of Object.keys(sites)) await disableSite(origin);
            await deleteAllData();
          }}
        />
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Settings />, root);
