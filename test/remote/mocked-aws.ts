// Mocked AWS for the remote module's failure-mode tests: stubs installed for one suite only (mockClient
// stubs every client's send, so at load time it would also catch suites that talk to a real endpoint).
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { AwsConnection } from '../../remote';

export interface MockedAws {
  lambda: AwsClientStub<LambdaClient>;
  logs: AwsClientStub<CloudWatchLogsClient>;
  connection: AwsConnection;
}

/** Call inside a describe(): fresh stubs and a connection for each test, the real clients back after. */
export function useMockedAws(profile: string, region: string): MockedAws {
  const aws = {} as MockedAws;
  before(() => {
    aws.lambda = mockClient(LambdaClient);
    aws.logs = mockClient(CloudWatchLogsClient);
  });
  beforeEach(() => {
    aws.lambda.reset();
    aws.logs.reset();
    aws.connection = new AwsConnection({ profile, region });
  });
  afterEach(() => aws.connection.dispose());
  after(() => {
    aws.lambda.restore();
    aws.logs.restore();
  });
  return aws;
}
