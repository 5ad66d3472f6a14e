// Options every AWS-facing command accepts (--profile, --region, --endpoint-url, --json), and the one
// place that turns an AWS failure into exit 1 with the AWS error named.
import { AwsConnection, RemoteError } from '../remote';
import type { CommandIo } from './command';

export const AWS_OPTIONS = {
  profile: { type: 'string' },
  region: { type: 'string' },
  'endpoint-url': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const AWS_OPTIONS_USAGE = `  --profile NAME        AWS profile (default: AWS_PROFILE, else default)
  --region REGION       AWS region (default: AWS_REGION, the template's, else us-east-1)
  --endpoint-url URL    send requests to this endpoint (e.g. lambda-workbench start-lambda's)
  --json                print the result as JSON`;

export function connectionFrom(values: { profile?: string; region?: string; 'endpoint-url'?: string }, defaultRegion?: string): AwsConnection {
  // The SDK ships inside this CLI: its notice that future SDK releases need a newer Node is for us to act on,
  // not eight lines for the user on every run. Setting the variable yourself still decides.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new AwsConnection({ profile: values.profile, region: values.region ?? defaultRegion, endpointUrl: values['endpoint-url'] });
}

/** Runs an AWS-facing command body: RemoteError → its message on stderr and exit 1. */
export async function runAws(io: CommandIo, connection: AwsConnection, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    connection.dispose();
  }
}
