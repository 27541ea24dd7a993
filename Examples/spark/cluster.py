"""A Spark standalone cluster on localhost (one master, N workers) for the tests and benchmarks of
the Spark example, started and stopped as a context: every process it starts, the executors and
Python workers that Spark starts under them included, is ended on the way out, also when the
code inside fails or the process is asked to stop."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def spark_home():
    """The Spark of the pyspark package this Python runs with."""
    import pyspark

    return os.path.dirname(pyspark.__file__)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def spark_environment():
    """The environment every Spark process gets: loopback only, this Python on both sides."""
    environment = dict(os.environ)
    environment.update({
        "SPARK_HOME": spark_home(),
        "SPARK_LOCAL_IP": "127.0.0.1",
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
    })
    return environment


def end_group(process, grace=15):
    """Ends a process started in a session of its own, and everything in its process group."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        process.poll()
        time.sleep(0.2)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait()


def group_alive(process):
    try:
        os.killpg(process.pid, 0)
        return True
    except ProcessLookupError:
        return False


class StandaloneCluster:
    """`with StandaloneCluster(workers=2) as cluster:` then `cluster.submit(...)`."""

    def __init__(self, workers, cores_per_worker=1, memory="1g"):
        self.workers = workers
        self.cores = cores_per_worker
        self.memory = memory
        self.folder = tempfile.mkdtemp(prefix="lede-spark-cluster-")
        self.processes = []
        self.environment = spark_environment()
        self.port = free_port()
        self.ui_port = free_port()
        self.url = f"spark://127.0.0.1:{self.port}"

    def __enter__(self):
        self._previous = {number: signal.signal(number, self._stop_signal) for number in (signal.SIGTERM, signal.SIGINT)}
        try:
            self._start("master", "org.apache.spark.deploy.master.Master",
                        "--host", "127.0.0.1", "--port", str(self.port), "--webui-port", str(self.ui_port))
            self._wait(lambda status: True, "the master")
            for number in range(self.workers):
                work = os.path.join(self.folder, f"worker-{number}")
                os.makedirs(work)
                self._start(f"worker-{number}", "org.apache.spark.deploy.worker.Worker",
                            "--host", "127.0.0.1", "--cores", str(self.cores), "--memory", self.memory,
                            "--webui-port", str(free_port()), "--work-dir", work, self.url)
            self._wait(lambda status: status.get("aliveworkers") == self.workers, f"{self.workers} workers")
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, kind, value, traceback):
        for process in reversed(self.processes):
            end_group(process)
        left = [process.pid for process in self.processes if group_alive(process)]
        for number, handler in getattr(self, "_previous", {}).items():
            signal.signal(number, handler)
        if kind is not None:
            self.print_logs()
        if left:
            raise RuntimeError(f"Spark processes still running after the cluster stopped: groups {left}")
        shutil.rmtree(self.folder, ignore_errors=True)
        return False

    @staticmethod
    def _stop_signal(number, frame):
        raise SystemExit(128 + number)

    def _start(self, name, main_class, *arguments):
        log = open(os.path.join(self.folder, f"{name}.log"), "wb")
        command = [os.path.join(spark_home(), "bin", "spark-class"), main_class, *arguments]
        self.processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                               env=self.environment, start_new_session=True))

    def _wait(self, ready, what, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a Spark process ended with status {process.returncode} while waiting for {what}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=2) as response:
                    if ready(json.load(response)):
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"no {what} after {timeout} s")

    def submit(self, script, arguments, timeout=900):
        """Runs `spark-submit SCRIPT ARGUMENTS` on the cluster; returns (status, what it printed).
        spark-submit passes what a Python driver writes to either stream to its standard output, so
        both streams are read as one."""
        command = [os.path.join(spark_home(), "bin", "spark-submit"), "--master", self.url,
                   "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                   "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.executor.memory=1g",
                   script, *arguments]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=self.environment, start_new_session=True)
        try:
            output, _ = process.communicate(timeout=timeout)
        except BaseException:
            end_group(process)
            raise
        return process.returncode, output.decode("utf-8", "replace")

    def print_logs(self, lines=30):
        for name in sorted(os.listdir(self.folder)):
            if name.endswith(".log"):
                with open(os.path.join(self.folder, name), "rb") as log:
                    tail = log.read().decode("utf-8", "replace").splitlines()[-lines:]
                print(f"--- {name} (last {len(tail)} lines)", file=sys.stderr)
                print("\n".join(tail), file=sys.stderr)
