// Deployment templates for IT teams, made from public/managed_schema.json so they cannot drift
// from what Pause Point reads. `npm run templates` writes them to deploy/; a unit test makes
// them again and compares (tests/unit/templates.test.ts). Every property of the schema must
// have an example value below, and every example must be a property of the schema, or this
// script stops.
//
// An organisation can make its own copies with its real values:
//   npm run templates -- --chrome-id <id> --edge-id <id> --chrome-update-url <url> \
//     --edge-update-url <url> --firefox-install-url <url> --out my-deploy
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What stands in for the values only the organisation knows. */
export const PLACEHOLDERS = {
  chromeId: 'PAUSE_POINT_CHROME_ID',
  edgeId: 'PAUSE_POINT_EDGE_ID',
  chromeUpdateUrl: 'https://PAUSE_POINT_CHROME_UPDATE_URL',
  edgeUpdateUrl: 'https://PAUSE_POINT_EDGE_UPDATE_URL',
  firefoxInstallUrl: 'https://PAUSE_POINT_FIREFOX_INSTALL_URL/pause-point-firefox.xpi',
};

/** Firefox names Pause Point by the gecko id in its manifest (wxt.config.ts), which is known. */
export const FIREFOX_ID = 'pause-point@pausepoint.uk';

/**
 * One example value for every managed setting. Plain ASCII, so the .reg files need no
 * Unicode. `packs` is empty: a template imported as it is must not give every practitioner
 * an example pack (docs/administrators.md says how to add a real one).
 */
export const EXAMPLE_SETTINGS = {
  organisationName: 'Example Safeguarding Children Partnership',
  proceduresManualUrl: 'https://example.proceduresonline.com/',
  extraResources: [
    {
      title: 'Our safer sleep guidance',
      url: 'https://example.org/safer-sleep',
      description: 'The partnership leaflet for families.',
      publisher: 'Example SCP',
    },
  ],
  sites: [{ origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'SubjectID' }, packId: 'cscp-ivy' }],
  retentionDays: 90,
  allowExport: true,
  counting: true,
  defaultPackId: 'cscp-ivy',
  packs: [],
};

export function readSchema() {
  return JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'));
}

/** The schema's top-level settings, in its order, with the example value for each. */
export function settingsOf(schema, settings) {
  const names = Object.keys(schema.properties);
  const unknown = Object.keys(settings).filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`Not in managed_schema.json: ${unknown.join(', ')}`);
  return names.map((name) => {
    const property = schema.properties[name];
    if (!(name in settings)) throw new Error(`No example value for "${name}" in scripts/templates.mjs`);
    if (!['string', 'integer', 'boolean', 'array', 'object'].includes(property.type)) {
      throw new Error(`"${name}" has a type the templates do not handle: ${property.type}`);
    }
    return {
      name,
      type: property.type,
      title: property.title ?? name,
      description: property.description ?? '',
      value: settings[name],
    };
  });
}

// ---- Windows registry -------------------------------------------------------------------

const regString = (text) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const dword = (n) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;

/** A setting as a registry value: numbers and booleans as DWORD, lists as JSON text. */
function regValue({ type, value }) {
  if (type === 'integer') return dword(value);
  if (type === 'boolean') return dword(value ? 1 : 0);
  if (type === 'string') return regString(value);
  return regString(JSON.stringify(value));
}

function regFile(browser, id, updateUrl, settings) {
  const base = browser === 'chrome' ? 'Software\\Policies\\Google\\Chrome' : 'Software\\Policies\\Microsoft\\Edge';
  const name = browser === 'chrome' ? 'Google Chrome' : 'Microsoft Edge';
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Pause Point for ${name}: install it for everyone, and the organisation's settings.`,
    '; Made by `npm run templates` from public/managed_schema.json; see docs/administrators.md.',
    `; Replace ${browser === 'chrome' ? PLACEHOLDERS.chromeId : PLACEHOLDERS.edgeId} with Pause Point's id in your browser, and the`,
    '; update address with yours. The values below are examples: change them, or delete a line',
    '; to leave that setting to the practitioner.',
    '; "1" below is the first entry of the force-install list: if you already force-install',
    '; other extensions, use the next free number instead, or you will replace one of them.',
    '',
    `[HKEY_LOCAL_MACHINE\\${base}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${id};${updateUrl}`)}`,
    '',
    `[HKEY_LOCAL_MACHINE\\${base}\\3rdparty\\extensions\\${id}\\policy]`,
    ...settings.map((setting) => `"${setting.name}"=${regValue(setting)}`),
    '',
  ];
  return lines.join('\r\n');
}

// ---- ADMX for Intune's custom policy ingestion (Chrome only) ----------------------------

const xmlEscape = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const ADMX_APP = 'PausePoint';
const ADMX_FILE = 'PausePointChrome';
const ADMX_CATEGORY = 'PausePoint';

function admxElement({ name, type }, key) {
  if (type === 'integer') return `<decimal id="${name}" key="${key}" valueName="${name}" />`;
  // Lists go in as JSON text; the ADMX default cap of 1023 characters would refuse most.
  const maxLength = type === 'string' ? 2048 : 1048576;
  return `<text id="${name}" key="${key}" valueName="${name}" maxLength="${maxLength}" />`;
}

function admxFile(chromeId, settings) {
  const key = `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${chromeId}\\policy`;
  const policy = (setting) => {
    const head = `    <policy name="${setting.name}" class="Machine" displayName="${xmlEscape(setting.title)}" explainText="${xmlEscape(setting.description)}" key="${key}"`;
    if (setting.type === 'boolean') {
      return [
        `${head} valueName="${setting.name}">`,
        `      <parentCategory ref="${ADMX_CATEGORY}" />`,
        '      <supportedOn ref="SUPPORTED_WIN10" />',
        '      <enabledValue><decimal value="1" /></enabledValue>',
        '      <disabledValue><decimal value="0" /></disabledValue>',
        '    </policy>',
      ];
    }
    return [
      `${head}>`,
      `      <parentCategory ref="${ADMX_CATEGORY}" />`,
      '      <supportedOn ref="SUPPORTED_WIN10" />',
      `      <elements>${admxElement(setting, key)}</elements>`,
      '    </policy>',
    ];
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Pause Point settings for Google Chrome, for Intune custom policy (ADMX) ingestion.',
    '     Made by `npm run templates` from public/managed_schema.json; see docs/administrators.md. -->',
    '<policyDefinitions revision="1.0" schemaVersion="1.0">',
    `  <policyNamespaces><target prefix="pausepoint" namespace="PausePoint.Policies.Chrome" /></policyNamespaces>`,
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn><definitions><definition name="SUPPORTED_WIN10" displayName="Windows 10 or later" /></definitions></supportedOn>',
    `  <categories><category name="${ADMX_CATEGORY}" displayName="Pause Point" /></categories>`,
    '  <policies>',
    ...settings.flatMap(policy),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}

/** What Intune sends for one setting: <enabled/> and its value, or <disabled/> for false. */
function omaPayload(setting) {
  if (setting.type === 'boolean') return setting.value ? '<enabled/>' : '<disabled/>';
  const value =
    setting.type === 'integer' || setting.type === 'string' ? String(setting.value) : JSON.stringify(setting.value);
  return `<enabled/><data id="${setting.name}" value="${xmlEscape(value)}"/>`;
}

function omaUriProfile(settings, admx) {
  const omaSetting = (displayName, description, omaUri, value) => ({
    '@odata.type': '#microsoft.graph.omaSettingString',
    displayName,
    description,
    omaUri,
    value,
  });
  return {
    '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
    displayName: 'Pause Point settings for Google Chrome',
    description: `Made by npm run templates from public/managed_schema.json. Replace ${PLACEHOLDERS.chromeId} with Pause Point's Chrome id, and the example values with yours. See docs/administrators.md.`,
    omaSettings: [
      omaSetting(
        'Pause Point ADMX',
        'Teaches Windows the Pause Point settings (custom policy ingestion). Must come first.',
        `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${ADMX_APP}/Policy/${ADMX_FILE}`,
        admx,
      ),
      ...settings.map((setting) =>
        omaSetting(
          `Pause Point: ${setting.title}`,
          setting.description,
          `./Device/Vendor/MSFT/Policy/Config/${ADMX_APP}~Policy~${ADMX_CATEGORY}/${setting.name}`,
          omaPayload(setting),
        ),
      ),
    ],
  };
}

/** Force-install for both browsers through the Intune settings catalog (Chrome and Edge are in it). */
function settingsCatalog(ids, urls) {
  const forcelist = (prefix, value, index) => ({
    id: String(index),
    settingInstance: {
      '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
      settingDefinitionId: `${prefix}_extensioninstallforcelist`,
      choiceSettingValue: {
        value: `${prefix}_extensioninstallforcelist_1`,
        children: [
          {
            '@odata.type': '#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance',
            settingDefinitionId: `${prefix}_extensioninstallforcelist_extensioninstallforcelistdesc`,
            simpleSettingCollectionValue: [
              { '@odata.type': '#microsoft.graph.deviceManagementConfigurationStringSettingValue', value },
            ],
          },
        ],
      },
    },
  });
  return {
    name: 'Pause Point: install in Chrome and Edge',
    description: `Made by npm run templates. Replace ${PLACEHOLDERS.chromeId}, ${PLACEHOLDERS.edgeId} and the update addresses with yours. See docs/administrators.md.`,
    platforms: 'windows10',
    technologies: 'mdm',
    settings: [
      forcelist(
        'user_vendor_msft_policy_config_chromeintunev1~policy~googlechrome~extensions',
        `${ids.chrome};${urls.chrome}`,
        0,
      ),
      forcelist(
        'user_vendor_msft_policy_config_microsoft_edge~policy~microsoft_edge~extensions',
        `${ids.edge};${urls.edge}`,
        1,
      ),
    ],
  };
}

/**
 * Edge's settings as a PowerShell script (an Intune platform script, or any other tool): custom
 * ADMX ingestion may not write under Software\Policies\Microsoft, so Edge's `3rdparty` key
 * cannot come from an ingested ADMX.
 */
function powershell(edgeId, settings) {
  const psString = (text) => `'${text.replaceAll("'", "''")}'`;
  const line = (setting) => {
    if (setting.type === 'integer' || setting.type === 'boolean') {
      const n = setting.type === 'boolean' ? (setting.value ? 1 : 0) : setting.value;
      return `New-ItemProperty -Path $key -Name ${psString(setting.name)} -PropertyType DWord -Value ${n} -Force | Out-Null`;
    }
    const text = setting.type === 'string' ? setting.value : JSON.stringify(setting.value);
    return `New-ItemProperty -Path $key -Name ${psString(setting.name)} -PropertyType String -Value ${psString(text)} -Force | Out-Null`;
  };
  return [
    '# Pause Point settings for Microsoft Edge, written to the registry (run as SYSTEM, 64-bit).',
    '# Made by `npm run templates` from public/managed_schema.json; see docs/administrators.md.',
    `# Replace ${PLACEHOLDERS.edgeId} with Pause Point's Edge id, and the example values with yours.`,
    "$ErrorActionPreference = 'Stop'",
    `$key = 'HKLM:\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${edgeId}\\policy'`,
    'New-Item -Path $key -Force | Out-Null',
    ...settings.map(line),
    '',
  ].join('\r\n');
}

// ---- macOS configuration profile ---------------------------------------------------------

/** A stable UUID from a name, so the same inputs always make the same profile. */
function uuidOf(name) {
  const hex = createHash('sha256').update(name).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function plistValue(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'string') return [`${pad}<string>${xmlEscape(value)}</string>`];
  if (typeof value === 'boolean') return [`${pad}<${value}/>`];
  if (typeof value === 'number') return [`${pad}<integer>${value}</integer>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}<array/>`];
    return [`${pad}<array>`, ...value.flatMap((item) => plistValue(item, indent + 1)), `${pad}</array>`];
  }
  return [
    `${pad}<dict>`,
    ...Object.entries(value).flatMap(([key, item]) => [
      `${pad}  <key>${xmlEscape(key)}</key>`,
      ...plistValue(item, indent + 1),
    ]),
    `${pad}</dict>`,
  ];
}

function mobileconfig(browser, id, updateUrl, settings) {
  const domain = browser === 'chrome' ? 'com.google.Chrome' : 'com.microsoft.Edge';
  const name = browser === 'chrome' ? 'Google Chrome' : 'Microsoft Edge';
  const payload = (type, displayName, values) => ({
    PayloadType: type,
    PayloadIdentifier: `uk.pausepoint.${browser}.${type === domain ? 'install' : 'settings'}`,
    PayloadUUID: uuidOf(`${browser}:${type}`),
    PayloadVersion: 1,
    PayloadDisplayName: displayName,
    PayloadEnabled: true,
    ...values,
  });
  const profile = {
    PayloadType: 'Configuration',
    PayloadIdentifier: `uk.pausepoint.${browser}`,
    PayloadUUID: uuidOf(`${browser}:profile`),
    PayloadVersion: 1,
    PayloadDisplayName: `Pause Point for ${name}`,
    PayloadDescription: 'Installs Pause Point and sets the organisation settings it reads.',
    PayloadScope: 'System',
    PayloadContent: [
      payload(domain, `Install Pause Point in ${name}`, { ExtensionInstallForcelist: [`${id};${updateUrl}`] }),
      // macOS reads an extension's managed settings from a preference domain of its own.
      payload(
        `${domain}.extensions.${id}`,
        'Pause Point settings',
        Object.fromEntries(settings.map((setting) => [setting.name, setting.value])),
      ),
    ],
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    `<!-- Pause Point for ${name} on macOS. Made by \`npm run templates\` from public/managed_schema.json;`,
    '     see docs/administrators.md. Put in your own id, update address and values. -->',
    '<plist version="1.0">',
    ...plistValue(profile, 0),
    '</plist>',
    '',
  ].join('\n');
}

// ---- Firefox -----------------------------------------------------------------------------

function firefoxPolicies(installUrl, settings) {
  return {
    policies: {
      ExtensionSettings: {
        [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: installUrl },
      },
      '3rdparty': {
        Extensions: { [FIREFOX_ID]: Object.fromEntries(settings.map((setting) => [setting.name, setting.value])) },
      },
    },
  };
}

/** JSON as Biome (the project's formatter) writes it, so `npm run lint` passes on deploy/. */
function formatJson(value, path) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const biome = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['format', `--stdin-file-path=${path}`], {
    input: text,
    encoding: 'utf8',
  });
  if (biome.status !== 0) throw new Error(`Biome could not format ${path}: ${biome.stderr}`);
  return biome.stdout;
}

/** Every template, by its path under the output folder. */
export function buildTemplates(options = {}) {
  const ids = { chrome: options.chromeId ?? PLACEHOLDERS.chromeId, edge: options.edgeId ?? PLACEHOLDERS.edgeId };
  const urls = {
    chrome: options.chromeUpdateUrl ?? PLACEHOLDERS.chromeUpdateUrl,
    edge: options.edgeUpdateUrl ?? PLACEHOLDERS.edgeUpdateUrl,
    firefox: options.firefoxInstallUrl ?? PLACEHOLDERS.firefoxInstallUrl,
  };
  const settings = settingsOf(options.schema ?? readSchema(), options.settings ?? EXAMPLE_SETTINGS);
  const admx = admxFile(ids.chrome, settings);
  return {
    'windows/chrome.reg': regFile('chrome', ids.chrome, urls.chrome, settings),
    'windows/edge.reg': regFile('edge', ids.edge, urls.edge, settings),
    'intune/force-install-settings-catalog.json': formatJson(settingsCatalog(ids, urls), 'deploy/intune/a.json'),
    'intune/chrome-settings.admx': admx,
    'intune/chrome-settings-oma-uri.json': formatJson(omaUriProfile(settings, admx), 'deploy/intune/b.json'),
    'intune/edge-settings.ps1': powershell(ids.edge, settings),
    'macos/chrome.mobileconfig': mobileconfig('chrome', ids.chrome, urls.chrome, settings),
    'macos/edge.mobileconfig': mobileconfig('edge', ids.edge, urls.edge, settings),
    'firefox/policies.json': formatJson(firefoxPolicies(urls.firefox, settings), 'deploy/firefox/policies.json'),
  };
}

/** Writes the templates; .reg files with text beyond ASCII go out as UTF-16, as regedit expects. */
export function writeTemplates(outDir, templates) {
  for (const [path, text] of Object.entries(templates)) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the point of the check.
    const ascii = /^[\x00-\x7f]*$/.test(text);
    if (path.endsWith('.reg') && !ascii) writeFileSync(file, Buffer.from(`\ufeff${text}`, 'utf16le'));
    else writeFileSync(file, text);
  }
}

function optionsFromArgs(args) {
  const flags = {
    '--chrome-id': 'chromeId',
    '--edge-id': 'edgeId',
    '--chrome-update-url': 'chromeUpdateUrl',
    '--edge-update-url': 'edgeUpdateUrl',
    '--firefox-install-url': 'firefoxInstallUrl',
    '--settings': 'settings',
    '--out': 'out',
  };
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = flags[args[i]];
    if (!name || args[i + 1] === undefined) throw new Error(`Unknown or incomplete option: ${args[i]}`);
    options[name] = args[i + 1];
  }
  // --settings names a JSON file of the organisation's own values.
  if (options.settings) options.settings = JSON.parse(readFileSync(options.settings, 'utf8'));
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = optionsFromArgs(process.argv.slice(2));
  const out = resolve(options.out ?? join(ROOT, 'deploy'));
  const templates = buildTemplates(options);
  writeTemplates(out, templates);
  console.log(`Wrote ${Object.keys(templates).length} templates to ${out}`);
}
