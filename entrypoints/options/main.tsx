import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutSettings } from '../../components/AboutSettings';
import { BackupSettings } from '../../components/BackupSettings';
import { CountingSettings } from '../../components/CountingSettings';
import { DataSettings } from '../../components/DataSettings';
import { PacksSettings } from '../../components/PacksSettings';
import { SitesSettings } from '../../components/SitesSettings';
import { backupText } from '../../core/backup';
import type { MonthCounts, MonthId } from '../../core/counting';
import type { ManagedConfig } from '../../core/managed';
import { readPackFile } from '../../core/pack/file';
import { matchPatternOf, type Site } from '../../core/sites';
import { snapshotId } from '../../core/snapshot-device';
import { notSavedText } from '../../core/storage-full';
import type { StorageUse } from '../../core/storage-use';
import { downloadText } from '../../platform/download';
import { loadManagedConfig } from '../../platform/managed';
import { requestSiteAccess } from '../../platform/permissions';
import { openReport } from '../../platform/report';
import { storageUse } from '../../platform/storage-use';
import { openPackStudio } from '../../platform/studio';
import { applyImport, exportBackup, planBackupImport } from '../../store/backup';
import { countingState, loadCounts, setCounting, snapshotDevice } from '../../store/counting';
import {
  casesByPack,
  listPacks,
  type PackList,
  removePack,
  reservedPackIds,
  savePack,
  watchPackChanges,
} from '../../store/pack-storage';
import { applyRetention, deleteAllData } from '../../store/retention';
import { loadOwnSites, loadPrefs, savePrefs, watchSiteStorage } from '../../store/site-storage';
import { changeSiteRule, disableSite, enableSite, resyncCasePageScript, turnOffOwnSites } from '../../store/sites';
import '../../components/panel.css';
import { checkBackupFile } from './check-backup';

/** Set at build time (wxt.config.ts); absent where the page runs unbuilt, as in unit tests. */
declare const __PP_BUILT_AT__: number | undefined;

function Settings() {
  const [sites, setSites] = useState<Record<string, Site>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [retentionDays, setRetentionDays] = useState<number | null>(null);
  const [follow, setFollow] = useState(true);
  const [managed, setManaged] = useState<ManagedConfig | null>(null);
  const [packs, setPacks] = useState<{ list: PackList; cases: Record<string, number> } | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  const [counting, setCountingState] = useState<{
    ownChoice: boolean;
    offByPolicy: boolean;
    counts: Map<MonthId, MonthCounts>;
  } | null>(null);
  useEffect(() => {
    void Promise.all([countingState(), loadCounts()]).then(([state, counts]) => setCountingState({ ...state, counts }));
    const loadPacks = () => {
      void Promise.all([listPacks(), casesByPack()]).then(([list, cases]) => setPacks({ list, cases }));
      void storageUse().then(setUse);
    };
    loadPacks();
    void Promise.all([loadOwnSites(), loadPrefs(), loadManagedConfig()]).then(([own, prefs, policy]) => {
      setSites(own.sites);
      setManaged(policy.config);
      setRetentionDays(policy.config.retentionDays ?? prefs.retentionDays);
      setFollow(prefs.follow);
      setProblems([...(own.problem ? [own.problem] : []), ...policy.problems]);
    });
    const stopSites = watchSiteStorage({
      sites: () => void loadOwnSites().then((own) => setSites(own.sites)),
      // The panel has the same switch; both show the stored choice.
      prefs: (prefs) => setFollow(prefs.follow),
    });
    // Packs added or removed, and cases answered, in this page or another.
    const stopPacks = watchPackChanges(loadPacks);
    return () => {
      stopSites();
      stopPacks();
    };
  }, []);
  if (!managed || retentionDays === null || !packs || !counting)
    return <main class="panel settings" aria-busy="true" />;
  const managedOrigins = new Set(managed.sites.map((s) => s.origin));
  return (
    <main class="panel settings">
      <h1>Pause Point settings</h1>
      {managed.organisationName && <p class="managed">Set up by {managed.organisationName}.</p>}
      {problems.length > 0 && (
        <div class="notice notice-error" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <SitesSettings
        sites={Object.values(sites).filter((s) => !managedOrigins.has(s.origin))}
        managedSites={managed.sites}
        onAllow={(site) => {
          const pattern = matchPatternOf(site.origin);
          if (pattern === null) return Promise.resolve({ ok: false, reason: 'That is not the address of a web site.' });
          // Straight from the click: the browser asks the practitioner.
          return requestSiteAccess(pattern).then(async (ok) => {
            if (ok) await resyncCasePageScript();
            return ok
              ? { ok: true }
              : { ok: false, reason: 'The browser did not give Pause Point access to that site.' };
          });
        }}
        onEnable={(site) => enableSite(site)}
        onChangeRule={changeSiteRule}
        onDisable={disableSite}
        packs={packs.list.packs}
        defaultPackId={packs.list.defaultPackId}
        follow={follow}
        onFollow={async (next) => {
          setFollow(next);
          try {
            await savePrefs({ ...(await loadPrefs()), follow: next });
            return { ok: true };
          } catch (error) {
            // Not saved (data from a newer version, or storage full): the box shows what is kept.
            setFollow(!next);
            return { ok: false, reason: notSavedText('That setting', error) };
          }
        }}
      />
      <PacksSettings
        packs={packs.list.packs}
        defaultPackId={packs.list.defaultPackId}
        casesByPack={packs.cases}
        unreadable={packs.list.unreadable}
        onCheck={async (file) => readPackFile(await file.text(), file.size, await reservedPackIds())}
        onAdd={savePack}
        onRemove={removePack}
        onOpenStudio={() => void openPackStudio()}
      />
      <CountingSettings
        ownChoice={counting.ownChoice}
        offByPolicy={counting.offByPolicy}
        counts={counting.counts}
        onSetCounting={setCounting}
        newId={() => snapshotId(crypto.getRandomValues(new Uint8Array(16)))}
        device={() => snapshotDevice()}
        onSave={async (snapshot) => {
          const last = snapshot.months.at(-1)?.month ?? '';
          const fileName = `pause-point-learning-snapshot-${last}.json`;
          downloadText(fileName, JSON.stringify(snapshot, null, 2));
          return fileName;
        }}
        onOpenReport={() => void openReport()}
      />
      <BackupSettings
        exportAllowed={managed.allowExport !== false}
        onExport={async () => {
          const backup = await exportBackup();
          const fileName = `pause-point-backup-${backup.exportedAt.slice(0, 10)}.json`;
          downloadText(fileName, backupText(backup));
          return fileName;
        }}
        onCheck={checkBackupFile}
        onPlan={(backup, mode) => planBackupImport(backup, mode, managed.retentionDays)}
        onImport={(plan) => applyImport(plan, managed.retentionDays)}
      />
      <DataSettings
        retentionDays={retentionDays}
        retentionManaged={managed.retentionDays !== undefined}
        storageUse={use}
        onSaveRetention={async (days) => {
          await savePrefs({ ...(await loadPrefs()), retentionDays: days });
          return (await applyRetention(Date.now(), managed.retentionDays)).deletedCases.length;
        }}
        onDeleteAll={async () => {
          // Whatever the sites' clean-up could not do, the data is still deleted, and it says so.
          const notDone = await turnOffOwnSites(Object.keys(sites));
          await deleteAllData();
          return notDone;
        }}
      />
      <AboutSettings
        version={browser.runtime.getManifest().version}
        builtAt={typeof __PP_BUILT_AT__ === 'number' ? __PP_BUILT_AT__ : null}
      />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Settings />, root);
