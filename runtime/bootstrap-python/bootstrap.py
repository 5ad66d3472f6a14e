# The process inside each local Python execution environment: imports the handler, then serves invocations
# over the public Runtime API as AWS's Python runtime interface client (awslambdaric bootstrap.py) does.
# Standard library only. argv[1:]: requirements.txt files to name in a missing-dependency hint.
import http.client
import importlib
import importlib.util
import json
import logging
import os
import sys
import time
import traceback
from decimal import Decimal

RUNTIME_PATH = "/2018-06-01/runtime"
_request_id = None


class FaultException(Exception):
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    MARSHAL_ERROR = "Runtime.MarshalError"

    def __init__(self, exception_type, msg, trace=None):
        super().__init__(msg)
        self.exception_type = exception_type
        self.msg = msg
        self.trace = trace


class RuntimeClient:
    """HTTP/1.1 to the Runtime API; one keep-alive connection, no timeout on the /next long poll."""

    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self.connection = http.client.HTTPConnection(host, int(port))

    def request(self, method, path, body=None, headers=None):
        self.connection.request(method, RUNTIME_PATH + path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        return response, response.read()

    def next(self):
        response, body = self.request("GET", "/invocation/next")
        if response.status != 200:
            raise RuntimeError("Runtime API /next answered %d: %s" % (response.status, body[:200]))
        return response.headers, body

    def post_result(self, request_id, body, content_type):
        self.request("POST", "/invocation/%s/response" % request_id, body, {"Content-Type": content_type})

    def post_error(self, request_id, error):
        self.request("POST", "/invocation/%s/error" % request_id, to_json(error), error_headers(error))

    def post_init_error(self, error):
        self.request("POST", "/init/error", to_json(error), error_headers(error))


def error_headers(error):
    return {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": error["errorType"]}


def decimal_serializer(value):
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(repr(value) + " is not JSON serializable")


def to_json(value):
    return json.dumps(value, default=decimal_serializer).encode("utf-8")


def make_error(message, error_type, stack_trace, request_id=None):
    return {"errorMessage": message or "", "errorType": error_type or "", "requestId": request_id or "", "stackTrace": stack_trace or []}


def build_fault_result(exc_info, request_id=None):
    """The user's frames only: everything up to the first frame outside this file is the runtime's."""
    error_type, value, tb = exc_info
    frames = traceback.extract_tb(tb)
    while frames and frames[0].filename == __file__:
        frames.pop(0)
    return make_error(str(value), error_type.__name__, traceback.format_list(frames), request_id)


def log_error(error, json_format):
    if json_format:
        record = {"timestamp": timestamp(time.time()), "log_level": "ERROR", **error}
        write(json.dumps(record, default=str) + "\n")
        return
    description = "[ERROR]"
    if error["errorType"]:
        description += " " + error["errorType"]
    if error["errorMessage"]:
        description += (":" if error["errorType"] else "") + " " + error["errorMessage"]
    lines = [description, "Traceback (most recent call last):"]
    for element in error["stackTrace"]:
        lines += element.splitlines() if element else [""]
    write("\n".join(lines) + "\n")


def write(text):
    sys.stdout.write(text)
    sys.stdout.flush()


def timestamp(created):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)) + ".%03dZ" % (int(created * 1000) % 1000)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        return True


class TextFormatter(logging.Formatter):
    def format(self, record):
        record.asctime = timestamp(record.created)
        line = "[%s]\t%s\t%s\t%s" % (record.levelname, record.asctime, record.aws_request_id, record.getMessage())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line + "\n"


RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"aws_request_id", "message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        result = {
            "timestamp": timestamp(record.created),
            "level": record.levelname,
            "message": record.getMessage(),
            "logger": record.name,
            "requestId": record.aws_request_id or None,
        }
        if record.exc_info:
            error_type, value, tb = record.exc_info
            result.update(errorType=error_type.__name__, errorMessage=str(value), stackTrace=traceback.format_tb(tb))
        result.update((k, v) for k, v in vars(record).items() if k not in RESERVED and k not in result)
        return json.dumps({k: v for k, v in result.items() if v is not None}, default=str, ensure_ascii=False) + "\n"


class LambdaLoggerHandler(logging.Handler):
    def emit(self, record):
        write(self.format(record))


def setup_logging(json_format, level):
    handler = LambdaLoggerHandler()
    handler.setFormatter(JsonFormatter() if json_format else TextFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    if level in ("DEBUG", "INFO", "WARN", "WARNING", "ERROR", "CRITICAL", "FATAL"):
        root.setLevel({"WARN": "WARNING", "FATAL": "CRITICAL"}.get(level, level))
    root.addHandler(handler)


def missing_dependency_hint(error, requirement_files):
    """Names a module that requirements.txt lists but the environment lacks, and how to install it."""
    name = getattr(error, "name", None)
    if not isinstance(error, ModuleNotFoundError) or not name:
        return None
    wanted = name.split(".")[0].lower().replace("-", "_")
    for path in requirement_files:
        try:
            with open(path, encoding="utf-8") as file:
                lines = file.read().splitlines()
        except OSError:
            continue
        for line in lines:
            requirement = line.split("#")[0].strip()
            package = requirement.split(";")[0].split("[")[0]
            for separator in "=<>!~ ":
                package = package.split(separator)[0]
            if package and package.lower().replace("-", "_") == wanted:
                return "lambda-workbench: %s is listed in %s but not installed: create .venv and pip install -r requirements.txt (or run sam build)" % (name, path)
    return None


def get_handler(handler, requirement_files):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException(FaultException.MALFORMED_HANDLER_NAME, "Bad handler '%s': %s" % (handler, e))
    try:
        if module_name.split(".")[0] in sys.builtin_module_names:
            raise FaultException(FaultException.BUILT_IN_MODULE_CONFLICT, "Cannot use built-in module %s as a handler module" % module_name)
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        hint = missing_dependency_hint(e, requirement_files)
        if hint:
            sys.stderr.write(hint + "\n")
        raise FaultException(FaultException.IMPORT_MODULE_ERROR, "Unable to import module '%s': %s" % (module_name, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise FaultException(FaultException.USER_CODE_SYNTAX_ERROR, "Syntax error in module '%s': %s" % (module_name, e), trace)
    try:
        return getattr(module, function_name)
    except AttributeError:
        fault = FaultException(FaultException.HANDLER_NOT_FOUND, "Handler '%s' missing on module '%s'" % (function_name, module_name))

        def missing(*_args):
            raise fault

        return missing


class Obj:
    def __init__(self, values):
        self.__dict__.update(values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.__dict__)


class CognitoIdentity(Obj):
    pass


class ClientContext(Obj):
    pass


class Client(Obj):
    pass


class LambdaContext:
    def __init__(self, request_id, client_context, cognito_identity, deadline_ms, function_arn, tenant_id):
        env = os.environ
        self.aws_request_id = request_id
        self.log_group_name = env.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = env.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = env.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = env.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.tenant_id = tenant_id
        self.client_context = ClientContext(client_context) if client_context is not None else None
        if self.client_context is not None:
            self.client_context.client = Client(client_context["client"]) if client_context.get("client") is not None else None
        self.identity = CognitoIdentity({})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, message):
        write(str(message))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,identity=%s,tenant_id=%s])" % (
            self.aws_request_id, self.log_group_name, self.log_stream_name, self.function_name, self.memory_limit_in_mb,
            self.function_version, self.invoked_function_arn, self.client_context, self.identity, self.tenant_id)


def json_header(headers, name):
    value = headers.get(name)
    return json.loads(value) if value else None


def marshal(response):
    if isinstance(response, bytes):
        return response, "application/unknown"
    try:
        return to_json(response), "application/json"
    except (TypeError, ValueError) as e:
        raise FaultException(FaultException.MARSHAL_ERROR, "Unable to marshal response: %s" % e)


def handle(client, handler, headers, body, json_format):
    global _request_id
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    _request_id = request_id
    if headers.get("Lambda-Runtime-Trace-Id"):
        os.environ["_X_AMZN_TRACE_ID"] = headers["Lambda-Runtime-Trace-Id"]
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    error = None
    try:
        context = LambdaContext(
            request_id,
            json_header(headers, "Lambda-Runtime-Client-Context"),
            json_header(headers, "Lambda-Runtime-Cognito-Identity"),
            int(headers.get("Lambda-Runtime-Deadline-Ms") or 0),
            headers.get("Lambda-Runtime-Invoked-Function-Arn"),
            headers.get("Lambda-Runtime-Aws-Tenant-Id"),
        )
        event = json.loads(body) if body else {}
        result, content_type = marshal(handler(event, context))
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace, request_id)
    except Exception:
        error = build_fault_result(sys.exc_info(), request_id)
    if error is not None:
        log_error(error, json_format)
        client.post_error(request_id, error)
    else:
        client.post_result(request_id, result, content_type)


def import_debugpy(fallback):
    """debugpy with the pydevd it runs: the interpreter's own or the function's (PYTHONPATH), else the
    fallback folder (Debian's python3-debugpy) last on sys.path, so the function's own packages keep precedence."""
    try:
        import debugpy.server.api  # imports pydevd too: what debugpy.listen() needs
    except Exception as own:
        for name in [m for m in sys.modules if m.split(".")[0] == "debugpy"]:
            del sys.modules[name]
        sys.path.append(fallback)
        try:
            import debugpy.server.api
        except Exception as other:
            reason = "%s: %s" % (type(own).__name__, own)
            found = importlib.util.find_spec("debugpy")
            if found and found.origin and found.origin.startswith(fallback):
                # Debian's build is for its own python3: another version may lack what it needs.
                reason += "; %s does not load in Python %d.%d: %s: %s" % (os.path.dirname(found.origin), sys.version_info[0], sys.version_info[1], type(other).__name__, other)
            sys.stderr.write("lambda-workbench: debugpy not importable: %s\n" % reason)
            sys.exit(1)
    import debugpy

    return debugpy


def start_debugger(env):
    """Under the `lambda` debugger: debugpy listens for the adapter before the handler is imported, so
    breakpoints bind before any user code runs. The variables are removed: the function never sees them."""
    mode = env.pop("LAMBDA_WORKBENCH_DEBUGPY", None)
    fallback = env.pop("LAMBDA_WORKBENCH_DEBUGPY_FALLBACK", "")
    if not mode:
        return
    debugpy = import_debugpy(fallback)
    host, port = debugpy.listen(("127.0.0.1", 0))
    sys.stderr.write("lambda-workbench: debugpy listening on %s:%d\n" % (host, port))
    sys.stderr.flush()
    if mode == "wait":
        debugpy.wait_for_client()


def main():
    env = os.environ
    start_debugger(env)
    json_format = env.get("AWS_LAMBDA_LOG_FORMAT") == "JSON"
    client = RuntimeClient(env.get("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001"))
    task_root = env.get("LAMBDA_TASK_ROOT", os.getcwd())
    # As on Lambda, the task root comes first; this file's own folder is not on the path.
    sys.path[0:1] = [task_root]
    error = None
    try:
        setup_logging(json_format, env.get("AWS_LAMBDA_LOG_LEVEL", "").upper())
        handler = get_handler(env.get("_HANDLER", ""), sys.argv[1:])
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace)
    except Exception:
        error = build_fault_result(sys.exc_info())
    if error is not None:
        log_error(error, json_format)
        client.post_init_error(error)
        sys.exit(1)
    while True:
        headers, body = client.next()
        handle(client, handler, headers, body, json_format)


if __name__ == "__main__":
    main()
