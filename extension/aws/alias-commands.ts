// Alias commands on the AWS tree: create, promote (now or as a weighted canary), complete, roll back.
// Aliases named like production ask for confirmation first (setting lambdaWorkbench.aws.productionAliasPattern).
import * as vscode from 'vscode';
import { createAlias, describeRouting, fetchAllVersions, promoteAlias, rollbackAlias, type AwsConnection, type ExplorerNode } from '../../remote';

export interface AliasTarget {
  connection: AwsConnection;
  functionName: string;
  aliasName: string;
}

export function aliasTarget(node: ExplorerNode): AliasTarget | undefined {
  if (!node.connection || !node.functionName || !node.alias?.Name) return undefined;
  return { connection: node.connection, functionName: node.functionName, aliasName: node.alias.Name };
}

/** True when the change may go ahead: not a production-like alias, or the user confirmed. */
export async function confirmAliasChange(aliasName: string, change: string): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('lambdaWorkbench.aws');
  const pattern = new RegExp(config.get<string>('productionAliasPattern', '^(prod|production|live)$'), 'i');
  if (!pattern.test(aliasName) || !config.get<boolean>('confirmProductionChanges', true)) return true;
  const answer = await vscode.window.showWarningMessage(`${aliasName} looks like a production alias. ${change}?`, { modal: true }, 'Change Alias');
  return answer === 'Change Alias';
}

export async function pickVersion(connection: AwsConnection, functionName: string, exclude?: string): Promise<string | undefined> {
  const versions = (await fetchAllVersions(connection, functionName)).filter((v) => v.Version !== '$LATEST' && v.Version !== exclude);
  if (versions.length === 0) {
    void vscode.window.showWarningMessage(`${functionName} has no published version to point an alias at: publish one first.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    versions.reverse().map((v) => ({ label: `v${v.Version}`, description: v.Description, detail: v.LastModified, version: v.Version ?? '' })),
    { title: `Version of ${functionName}` },
  );
  return picked?.version;
}

/** Answers that skip the prompts (the command's second argument): `{ version: '2', weight: 10 }`. */
export interface PromoteAnswers {
  version?: string;
  /** Canary percentage; 0 promotes all traffic at once. */
  weight?: number;
}

export async function promote(target: AliasTarget, currentVersion: string | undefined, answers: PromoteAnswers = {}): Promise<string | undefined> {
  const version = answers.version ?? (await pickVersion(target.connection, target.functionName, currentVersion));
  if (!version) return undefined;
  const how = answers.weight !== undefined ? { weight: answers.weight || undefined } : await vscode.window.showQuickPick(
    [
      { label: 'Promote now', description: `all traffic to v${version}`, weight: undefined },
      { label: 'Canary 10%', description: `keep v${currentVersion}, send 10% to v${version}`, weight: 10 },
      { label: 'Canary, custom percentage…', weight: -1 },
    ],
    { title: `Promote ${target.aliasName} to v${version}` },
  );
  if (!how) return undefined;
  let weight = how.weight;
  if (weight === -1) {
    const text = await vscode.window.showInputBox({ title: 'Canary percentage', value: '10', validateInput: (v) => (Number(v) > 0 && Number(v) < 100 ? undefined : 'A number between 0 and 100') });
    if (!text) return undefined;
    weight = Number(text);
  }
  const change = weight ? `Send ${weight}% of ${target.aliasName} to v${version}` : `Move ${target.aliasName} to v${version}`;
  if (!(await confirmAliasChange(target.aliasName, change))) return undefined;
  const result = await promoteAlias(target.connection, target.functionName, target.aliasName, version, { weight });
  return `${target.functionName}:${target.aliasName} → ${describeRouting(result)}`;
}

export async function completePromotion(target: AliasTarget, node: ExplorerNode): Promise<string | undefined> {
  const canary = Object.keys(node.alias?.RoutingConfig?.AdditionalVersionWeights ?? {})[0];
  if (!canary) return undefined;
  if (!(await confirmAliasChange(target.aliasName, `Move all of ${target.aliasName} to v${canary}`))) return undefined;
  const result = await promoteAlias(target.connection, target.functionName, target.aliasName, canary);
  return `${target.functionName}:${target.aliasName} → ${describeRouting(result)}`;
}

export async function rollback(target: AliasTarget): Promise<string | undefined> {
  if (!(await confirmAliasChange(target.aliasName, `Roll back ${target.aliasName}`))) return undefined;
  const result = await rollbackAlias(target.connection, target.functionName, target.aliasName);
  return `${target.functionName}:${target.aliasName} rolled back → ${describeRouting(result)}`;
}

export async function create(connection: AwsConnection, functionName: string, answers: { name?: string; version?: string } = {}): Promise<string | undefined> {
  const name = answers.name ?? await vscode.window.showInputBox({ title: `New alias of ${functionName}`, placeHolder: 'live', validateInput: (v) => (/^(?!^[0-9]+$)[a-zA-Z0-9-_]+$/.test(v) ? undefined : 'Letters, digits, - and _ (not only digits)') });
  if (!name) return undefined;
  const version = answers.version ?? (await pickVersion(connection, functionName));
  if (!version) return undefined;
  const alias = await createAlias(connection, functionName, name, version);
  return `${functionName}:${alias.Name} → ${describeRouting(alias)}`;
}
