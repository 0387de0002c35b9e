"""`python -m rubyvm_kernel install [--user|--sys-prefix|--prefix DIR]` installs the kernelspec
"rubyvm" (shown as "Ruby (rubyvm)"); with a connection file it runs the kernel."""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

KERNEL_NAME = "rubyvm"
DISPLAY_NAME = "Ruby (rubyvm)"


def kernel_json() -> dict:
    return {"argv": [sys.executable, "-m", "rubyvm_kernel", "-f", "{connection_file}"],
            "display_name": DISPLAY_NAME, "language": "ruby",
            "metadata": {"debugger": False}}


def install(argv: list[str]) -> None:
    from jupyter_client.kernelspec import KernelSpecManager
    user = "--user" in argv
    prefix = None
    if "--sys-prefix" in argv:
        prefix = sys.prefix
    if "--prefix" in argv:
        prefix = argv[argv.index("--prefix") + 1]
    with tempfile.TemporaryDirectory() as td:
        Path(td, "kernel.json").write_text(json.dumps(kernel_json(), indent=1))
        dest = KernelSpecManager().install_kernel_spec(td, KERNEL_NAME, user=user, prefix=prefix)
    print(f"Installed the {DISPLAY_NAME} kernelspec in {dest}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "install":
        install(sys.argv[2:])
        return
    from ipykernel.kernelapp import IPKernelApp
    from .kernel import RubyKernel
    IPKernelApp.launch_instance(kernel_class=RubyKernel)


if __name__ == "__main__":
    main()
