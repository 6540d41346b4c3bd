# Pause Point settings for Microsoft Edge, written to the registry (run as SYSTEM, 64-bit).
# Made by `npm run templates` from public/managed_schema.json; see docs/administrators.md.
# Replace PAUSE_POINT_EDGE_ID with Pause Point's Edge id, and the example values with yours.
$ErrorActionPreference = 'Stop'
$key = 'HKLM:\Software\Policies\Microsoft\Edge\3rdparty\extensions\PAUSE_POINT_EDGE_ID\policy'
New-Item -Path $key -Force | Out-Null
New-ItemProperty -Path $key -Name 'organisationName' -PropertyType String -Value 'Example Safeguarding Children Partnership' -Force | Out-Null
New-ItemProperty -Path $key -Name 'proceduresManualUrl' -PropertyType String -Value 'https://example.proceduresonline.com/' -Force | Out-Null
New-ItemProperty -Path $key -Name 'extraResources' -PropertyType String -Value '[{"title":"Our safer sleep guidance","url":"https://example.org/safer-sleep","description":"The partnership leaflet for families.","publisher":"Example SCP"}]' -Force | Out-Null
New-ItemProperty -Path $key -Name 'sites' -PropertyType String -Value '[{"origin":"https://lcs.example.gov.uk","rule":{"kind":"query","name":"SubjectID"},"packId":"cscp-ivy"}]' -Force | Out-Null
New-ItemProperty -Path $key -Name 'retentionDays' -PropertyType DWord -Value 90 -Force | Out-Null
New-ItemProperty -Path $key -Name 'allowExport' -PropertyType DWord -Value 1 -Force | Out-Null
New-ItemProperty -Path $key -Name 'counting' -PropertyType DWord -Value 1 -Force | Out-Null
New-ItemProperty -Path $key -Name 'defaultPackId' -PropertyType String -Value 'cscp-ivy' -Force | Out-Null
New-ItemProperty -Path $key -Name 'packs' -PropertyType String -Value '[]' -Force | Out-Null
