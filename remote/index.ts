// Remote AWS features without vscode: connections, functions, versions, aliases, deploy and logs.
// Used by the CLI (deploy, versions, alias, logs) and the extension's AWS explorer.
export { createAlias, fetchAlias, previousVersionOf, promoteAlias, publishVersion, rollbackAlias, type PromoteOptions } from './aliases';
export { AwsConnection, type ConnectionSettings } from './connection';
export { endpointUrlProblem } from './endpoint-url';
export { deployFunction, type DeployOptions, type DeployResult } from './deploy';
export { ConcurrentChangeError, describeAwsError, RemoteError } from './errors';
export { connectionNode, functionNode, type ExplorerNode, type ExplorerNodeKind } from './explorer';
export { describeRouting, fetchAliases, fetchAllVersions, fetchFunction, fetchFunctions, fetchVersions, type Page } from './functions';
export { fetchLogEvents, followLogEvents, logGroupOf, parseDuration, type LogEvent, type LogQuery } from './logs';
export { handlerModule, packageFunction, type CodePackage, type DeployTarget } from './package-code';
export { parseReportLine, type ReportLine } from './report-lines';
export { downloadCode, unzipInto } from './download';
export { invokeRemote, type RemoteInvokeResult } from './invoke';
export { configFilePaths, loadProfileNames } from './profiles';
