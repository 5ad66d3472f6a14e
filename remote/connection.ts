// A connection to AWS (or to an AWS-compatible endpoint such as our local one): credentials the AWS way
// (profiles, SSO, environment, process credentials) and one client per service, created lazily.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';

export interface ConnectionSettings {
  /** Profile from ~/.aws/config and ~/.aws/credentials; default: AWS_PROFILE, else `default`. */
  profile?: string;
  region?: string;
  /** A custom endpoint (our local endpoint, LocalStack); requests then go there instead of AWS. */
  endpointUrl?: string;
}

export class AwsConnection {
  private lambdaClient?: LambdaClient;
  private logsClient?: CloudWatchLogsClient;

  constructor(readonly settings: ConnectionSettings) {}

  get region(): string {
    return this.settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  }

  get profile(): string {
    return this.settings.profile ?? process.env.AWS_PROFILE ?? 'default';
  }

  get lambda(): LambdaClient {
    this.lambdaClient ??= new LambdaClient(this.clientConfig());
    return this.lambdaClient;
  }

  get logs(): CloudWatchLogsClient {
    this.logsClient ??= new CloudWatchLogsClient(this.clientConfig());
    return this.logsClient;
  }

  /** A label for trees and messages: `profile @ region` plus the endpoint when custom. */
  get label(): string {
    const endpoint = this.settings.endpointUrl ? ` (${this.settings.endpointUrl})` : '';
    return `${this.profile} @ ${this.region}${endpoint}`;
  }

  dispose(): void {
    this.lambdaClient?.destroy();
    this.logsClient?.destroy();
    this.lambdaClient = undefined;
    this.logsClient = undefined;
  }

  private clientConfig() {
    return {
      region: this.region,
      endpoint: this.settings.endpointUrl,
      credentials: fromNodeProviderChain({ profile: this.settings.profile }),
      maxAttempts: 3,
    };
  }
}
