// The AWS profile and region in use, as the status bar shows them: settings first, then the environment,
// then the shared config files. Reads only profile names and regions from those files, never keys.

export interface AwsContext {
  profile: string;
  region: string;
  /** Where the region came from, for the tooltip. */
  regionSource: 'setting' | 'environment' | 'profile' | 'default';
}

export interface AwsContextInputs {
  settingProfile: string;
  settingRegion: string;
  env: Record<string, string | undefined>;
  /** Text of ~/.aws/config, if present. */
  configText?: string;
}

/** The region SAM CLI and the AWS Toolkit assume when none is configured. */
export const FALLBACK_REGION = 'us-east-1';

export function resolveAwsContext(inputs: AwsContextInputs): AwsContext {
  const profile = inputs.settingProfile || inputs.env.AWS_PROFILE || 'default';
  if (inputs.settingRegion) return { profile, region: inputs.settingRegion, regionSource: 'setting' };
  const envRegion = inputs.env.AWS_REGION || inputs.env.AWS_DEFAULT_REGION;
  if (envRegion) return { profile, region: envRegion, regionSource: 'environment' };
  const profileRegion = inputs.configText ? parseIniSections(inputs.configText, 'config').get(profile)?.region : undefined;
  if (profileRegion) return { profile, region: profileRegion, regionSource: 'profile' };
  return { profile, region: FALLBACK_REGION, regionSource: 'default' };
}

/**
 * Profile names → their `region`, from the INI text of ~/.aws/config (`[default]`, `[profile NAME]`) or
 * ~/.aws/credentials (`[NAME]`). Other keys are skipped without being kept.
 */
export function parseIniSections(text: string, file: 'config' | 'credentials'): Map<string, { region?: string }> {
  const profiles = new Map<string, { region?: string }>();
  let current: { region?: string } | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (section) {
      const name = profileName(section[1], file);
      current = name === undefined ? undefined : (profiles.get(name) ?? {});
      if (name !== undefined && current !== undefined) profiles.set(name, current);
      continue;
    }
    const region = /^region\s*=\s*(\S+)/.exec(line);
    if (region && current) current.region = region[1];
  }
  return profiles;
}

function profileName(header: string, file: 'config' | 'credentials'): string | undefined {
  if (file === 'credentials') return header;
  if (header === 'default') return 'default';
  const named = /^profile\s+(.+)$/.exec(header);
  return named ? named[1] : undefined; // `[sso-session …]`, `[services …]` are not profiles
}

export function statusText(context: AwsContext): string {
  return `$(cloud) ${context.profile} · ${context.region}`;
}

/** Commercial regions where Lambda runs, for the region picker (users may type any other). */
export const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'af-south-1', 'ap-east-1', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
  'ap-southeast-4', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-south-1', 'eu-south-2', 'eu-north-1', 'il-central-1', 'me-south-1', 'me-central-1', 'sa-east-1',
] as const;
