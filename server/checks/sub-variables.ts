// The `${Name}` and `${Resource.Attribute}` variables of an Fn::Sub string (`${!Literal}` is not one).

export interface SubVariable {
  name: string;
  /** Offset of the name within the string (after `${`). */
  offset: number;
}

export function subVariables(text: string): SubVariable[] {
  const variables: SubVariable[] = [];
  const pattern = /\$\{([^}]*)\}/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1].startsWith('!')) continue;
    variables.push({ name: match[1], offset: match.index + 2 });
  }
  return variables;
}
