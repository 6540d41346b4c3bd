// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManagedConfig } from '../../core/managed';
import { buildTemplates, EXAMPLE_SETTINGS, FIREFOX_ID, PLACEHOLDERS, readSchema } from '../../scripts/templates.mjs';
import { examplePack } from '../example-pack';
import { readPlist, readRegFile, readXml, type XmlElement } from '../template-formats';

const DEPLOY = resolve('deploy');
const schema = readSchema();
const SETTINGS = Object.keys(schema.properties);
const templates = buildTemplates();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DEPLOY, path)];
  });
}

/** What Pause Point itself makes of a template's settings: every one read, none refused. */
function expectReadInFull(settings: unknown) {
  const { config, problems } = readManagedConfig(settings);
  expect(problems).toEqual([]);
  expect(Object.keys(config).sort()).toEqual([...SETTINGS].sort());
  return config;
}

const ADMX_KEY = `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${PLACEHOLDERS.chromeId}\\policy`;

/** The settings an Intune custom profile sets, read back from its OMA-URI payloads. */
function settingsFromOmaUri(profile: { omaSettings: { omaUri: string; value: string }[] }) {
  const [ingest, ...rest] = profile.omaSettings;
  const admx = readXml(ingest?.value ?? '');
  const policies = admx.children.find((child) => child.name === 'policies')?.children ?? [];
  const settings: Record<string, unknown> = {};
  for (const { omaUri, value } of rest) {
    const name = omaUri.split('/').pop() as string;
    const policy = policies.find((p) => p.attributes.name === name) as XmlElement;
    expect(policy, `${name} is a policy of the ingested ADMX`).toBeDefined();
    expect(policy.attributes.key).toBe(ADMX_KEY);
    const payload = readXml(`<payload>${value}</payload>`);
    if (payload.children[0]?.name === 'disabled') {
      settings[name] = false;
      continue;
    }
    expect(payload.children[0]?.name).toBe('enabled');
    const data = payload.children[1];
    if (!data) {
      settings[name] = true;
      continue;
    }
    const element = policy.children.find((c) => c.name === 'elements')?.children[0] as XmlElement;
    expect(element.attributes.valueName).toBe(name);
    const text = data.attributes.value as string;
    const type = schema.properties[name]?.type;
    settings[name] = type === 'integer' ? Number(text) : type === 'string' ? text : JSON.parse(text);
  }
  return settings;
}

describe('deployment templates (deploy/)', () => {
  it('are exactly what `npm run templates` makes from the managed schema now', () => {
    expect(filesUnder(DEPLOY).sort()).toEqual(Object.keys(templates).sort());
    for (const [path, text] of Object.entries(templates)) {
      expect(readFileSync(join(DEPLOY, path), 'utf8'), `deploy/${path} is out of date: run npm run templates`).toBe(
        text,
      );
    }
  });

  it('name every setting of the managed schema, in every template', () => {
    for (const [path, text] of Object.entries(templates)) {
      if (path.endsWith('force-install-settings-catalog.json')) continue;
      for (const name of SETTINGS) expect(text, `${name} in ${path}`).toContain(name);
    }
  });

  it('refuse a schema setting that has no example value', () => {
    const grown = { properties: { ...schema.properties, countLearning: { type: 'boolean' } } };
    expect(() => buildTemplates({ schema: grown })).toThrow('No example value for "countLearning"');
  });

  it('Firefox: policies.json force-installs by the gecko id, and Pause Point reads its settings in full', () => {
    const policies = JSON.parse(readFileSync(join(DEPLOY, 'firefox/policies.json'), 'utf8')).policies;
    expect(policies.ExtensionSettings[FIREFOX_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: PLACEHOLDERS.firefoxInstallUrl,
    });
    expectReadInFull(policies['3rdparty'].Extensions[FIREFOX_ID]);
  });

  it('Windows: each .reg force-installs and sets every setting where the browser reads it', () => {
    for (const [browser, base, id] of [
      ['chrome', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome', PLACEHOLDERS.chromeId],
      ['edge', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge', PLACEHOLDERS.edgeId],
    ] as const) {
      const { keys } = readRegFile(readFileSync(join(DEPLOY, `windows/${browser}.reg`), 'utf8'));
      const url = browser === 'chrome' ? PLACEHOLDERS.chromeUpdateUrl : PLACEHOLDERS.edgeUpdateUrl;
      expect(keys[`${base}\\ExtensionInstallForcelist`]).toEqual({ '1': `${id};${url}` });
      const values = keys[`${base}\\3rdparty\\extensions\\${id}\\policy`] ?? {};
      expect(Object.keys(values).sort()).toEqual([...SETTINGS].sort());
      // Chrome and Edge read lists from JSON text, and true/false from a DWORD.
      const settings = Object.fromEntries(
        Object.entries(values).map(([name, value]) => {
          const type = schema.properties[name]?.type;
          if (type === 'boolean') return [name, value === 1];
          return [name, type === 'array' || type === 'object' ? JSON.parse(String(value)) : value];
        }),
      );
      expect(settings).toEqual(EXAMPLE_SETTINGS);
      expectReadInFull(settings);
    }
  });

  it('Intune: the ADMX is well formed and the OMA-URI payloads carry every setting', () => {
    const profile = JSON.parse(readFileSync(join(DEPLOY, 'intune/chrome-settings-oma-uri.json'), 'utf8'));
    expect(profile.omaSettings[0].omaUri).toBe(
      './Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/PausePoint/Policy/PausePointChrome',
    );
    expect(profile.omaSettings[0].value).toBe(readFileSync(join(DEPLOY, 'intune/chrome-settings.admx'), 'utf8'));
    const settings = settingsFromOmaUri(profile);
    expect(settings).toEqual(EXAMPLE_SETTINGS);
    expectReadInFull(settings);
    const catalog = JSON.parse(readFileSync(join(DEPLOY, 'intune/force-install-settings-catalog.json'), 'utf8'));
    const forced = catalog.settings.map(
      (s: {
        settingInstance: { choiceSettingValue: { children: { simpleSettingCollectionValue: { value: string }[] }[] } };
      }) => s.settingInstance.choiceSettingValue.children[0]?.simpleSettingCollectionValue[0]?.value,
    );
    expect(forced).toEqual([
      `${PLACEHOLDERS.chromeId};${PLACEHOLDERS.chromeUpdateUrl}`,
      `${PLACEHOLDERS.edgeId};${PLACEHOLDERS.edgeUpdateUrl}`,
    ]);
  });

  it('Intune: the Edge script writes every setting to Edge’s 3rdparty key', () => {
    const script = readFileSync(join(DEPLOY, 'intune/edge-settings.ps1'), 'utf8');
    expect(script).toContain(
      `'HKLM:\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${PLACEHOLDERS.edgeId}\\policy'`,
    );
    for (const name of SETTINGS) expect(script).toMatch(new RegExp(`-Name '${name}' -PropertyType (String|DWord) `));
  });

  it('macOS: each profile is a property list that installs and sets every setting in the extension’s own domain', () => {
    for (const [browser, domain, id] of [
      ['chrome', 'com.google.Chrome', PLACEHOLDERS.chromeId],
      ['edge', 'com.microsoft.Edge', PLACEHOLDERS.edgeId],
    ] as const) {
      const profile = readPlist(readFileSync(join(DEPLOY, `macos/${browser}.mobileconfig`), 'utf8')) as {
        PayloadType: string;
        PayloadContent: Record<string, unknown>[];
      };
      expect(profile.PayloadType).toBe('Configuration');
      const [install, settings] = profile.PayloadContent;
      expect(install?.PayloadType).toBe(domain);
      expect(install?.ExtensionInstallForcelist).toHaveLength(1);
      expect(settings?.PayloadType).toBe(`${domain}.extensions.${id}`);
      const values = Object.fromEntries(Object.entries(settings ?? {}).filter(([key]) => !key.startsWith('Payload')));
      expect(values).toEqual(EXAMPLE_SETTINGS);
      expectReadInFull(values);
    }
  });

  it('carry a whole learning pack intact, in every format', () => {
    const pack = examplePack();
    const withPack = buildTemplates({ settings: { ...EXAMPLE_SETTINGS, packs: [pack], defaultPackId: pack.id } });
    const firefox = JSON.parse(withPack['firefox/policies.json'] as string).policies['3rdparty'].Extensions[FIREFOX_ID];
    expect(expectReadInFull(firefox).packs).toHaveLength(1);
    const reg = readRegFile(withPack['windows/chrome.reg'] as string).keys;
    const values =
      reg[
        `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${PLACEHOLDERS.chromeId}\\policy`
      ];
    expect(JSON.parse(String(values?.packs))).toEqual([pack]);
    const plist = readPlist(withPack['macos/chrome.mobileconfig'] as string) as {
      PayloadContent: { packs?: unknown }[];
    };
    expect(plist.PayloadContent[1]?.packs).toEqual([pack]);
    const oma = settingsFromOmaUri(JSON.parse(withPack['intune/chrome-settings-oma-uri.json'] as string));
    expect(oma.packs).toEqual([pack]);
  });
});
