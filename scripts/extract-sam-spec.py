# Regenerates server/spec/sam-spec.json (SAM's resource, event, Globals and policy-template types) from the
# SAM specification as aws-sam-translator publishes it (its pydantic schema and policy_templates.json).
# Run by hand when SAM changes: `python3 scripts/extract-sam-spec.py` (needs `pip install aws-sam-translator`).
import json
import re
import sys
from pathlib import Path

import samtranslator
from samtranslator.internal.schema_source.schema import Model, get_schema

PREFIX = re.compile(r"^samtranslator__internal__schema_source__(?:aws_serverless_)?")
schema = get_schema(Model)
defs = schema["definitions"]


def short(name):
    match = PREFIX.match(name)
    if not match:
        return name
    module, _, rest = name[match.end():].partition("__")
    return f"{module}.{rest}"


def doc(node):
    text = node.get("markdownDescription") or node.get("__samPassThrough", {}).get("markdownDescriptionOverride") or ""
    text = re.split(r"\s*\n\*Type\*", text)[0].strip()
    # The SAM schema still says "TODO" for a few properties: better no documentation than that.
    return "" if text == "TODO" else text


PASSED = re.compile(r"passed directly to the \[`(\w+)`\]\(https://docs\.aws\.amazon\.com/AWSCloudFormation/latest/UserGuide/aws-(?:resource|properties)-([a-z0-9]+-[a-z0-9]+)")


def passed_through(node):
    """The CloudFormation property a SAM property is copied to unchanged: `<service>-<resource>.<Name>`."""
    path = node.get("__samPassThrough", {}).get("schemaPath")
    if path and len(path) == 6 and path[2:5] == ["properties", "Properties", "properties"]:
        return "-".join(path[1].lower().split("::")[1:]) + "." + path[5]
    match = PASSED.search(node.get("markdownDescription") or "")
    return f"{match.group(2)}.{match.group(1)}" if match else None


def spec_type(node):
    if "$ref" in node:
        name = node["$ref"].split("/")[-1]
        return {"kind": "json"} if name == "PassThroughProp" else {"kind": "object", "name": short(name)}
    if "allOf" in node and len(node["allOf"]) == 1:
        return spec_type(node["allOf"][0])
    if "anyOf" in node:
        types = [spec_type(t) for t in node["anyOf"]]
        return {"kind": "union", "types": types}
    kind = node.get("type")
    if "enum" in node:
        return {"kind": "string", "enum": node["enum"]}
    if kind == "array":
        return {"kind": "array", "element": spec_type(node.get("items", {}))}
    if kind == "object":
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return {"kind": "map", "element": spec_type(extra)}
        return {"kind": "json"}
    if kind in ("string", "integer", "number", "boolean"):
        return {"kind": kind}
    return {"kind": "json"}


def properties(definition):
    required = set(definition.get("required", []))
    result = {}
    for name, node in definition.get("properties", {}).items():
        prop = {"type": spec_type(node), "documentation": doc(node)}
        if name == "Events" and "additionalProperties" in node:
            prop["type"] = {"kind": "map", "element": {"kind": "object", "name": "EventSource"}}
        if name in required:
            prop["required"] = True
        if prop["type"]["kind"] == "json" and passed_through(node):
            prop["passThrough"] = passed_through(node)
        result[name] = prop
    return result


definitions = {}
for name, definition in defs.items():
    if name == "PassThroughProp" or name.endswith("__Resource") or name.endswith("Event") and "Type" in definition.get("properties", {}):
        continue
    definitions[short(name)] = {"documentation": doc(definition), "properties": properties(definition)}

resources = {}
events = {}
for name, definition in defs.items():
    if not name.endswith("__Resource"):
        continue
    props = definition["properties"]
    type_name = props["Type"]["enum"][0]
    resources[type_name] = {
        "documentation": doc(definition),
        "properties": properties(defs[props["Properties"]["$ref"].split("/")[-1]]) if "Properties" in props else {},
    }
    events_node = defs.get(props.get("Properties", {}).get("$ref", "").split("/")[-1], {}).get("properties", {}).get("Events")
    if events_node:
        refs = events_node["additionalProperties"]["anyOf"]
        table = {}
        for ref in refs:
            event = defs[ref["$ref"].split("/")[-1]]
            table[event["properties"]["Type"]["enum"][0]] = {
                "properties": spec_type(event["properties"]["Properties"]),
                "required": "Properties" in event.get("required", []),
            }
        events[type_name] = table

# The translator accepts some event properties its published schema does not list yet (e.g. EventBridgeRule
# State): take the union, typed as JSON, so valid templates are not flagged.
import inspect
from samtranslator.model.eventsources import cloudwatchlogs, pull, push, scheduler

accepted = {}
for module in (push, pull, cloudwatchlogs, scheduler):
    for _, cls in inspect.getmembers(module, inspect.isclass):
        if cls.__module__ == module.__name__ and getattr(cls, "resource_type", None) and getattr(cls, "property_types", None):
            accepted.setdefault(cls.resource_type, set()).update(k for k in cls.property_types if not k.startswith("_"))
for owner, table in events.items():
    for event_type, event in table.items():
        props = definitions[event["properties"]["name"]]["properties"]
        for name in sorted(accepted.get(event_type, set()) - set(props)):
            props[name] = {"type": {"kind": "json"}, "documentation": ""}

definitions["EventSource"] = {
    "documentation": "An event that triggers this resource: its `Type` and the `Properties` that type takes.",
    "properties": {
        "Type": {"type": {"kind": "string", "enum": sorted({t for table in events.values() for t in table})}, "documentation": "The event source type.", "required": True},
        "Properties": {"type": {"kind": "json"}, "documentation": "The event's properties; which ones depends on `Type`."},
    },
}

globals_def = defs["samtranslator__internal__schema_source__schema__Globals"]["properties"]
global_properties = {section: sorted(defs[ref["$ref"].split("/")[-1]].get("properties", {})) for section, ref in globals_def.items()}

templates = json.loads((Path(samtranslator.__file__).parent / "policy_templates_data" / "policy_templates.json").read_text())
policy_templates = {
    name: {"description": t.get("Description", ""), "parameters": sorted(t.get("Parameters", {}))}
    for name, t in templates["Templates"].items()
}

out = {
    "source": f"aws-sam-translator {samtranslator.__version__}",
    "resources": resources,
    "definitions": definitions,
    "events": events,
    "globals": global_properties,
    "policyTemplates": policy_templates,
}
target = Path(__file__).parent.parent / "server" / "spec" / "sam-spec.json"
target.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
print(f"wrote {target} ({len(resources)} resources, {len(definitions)} definitions)", file=sys.stderr)
