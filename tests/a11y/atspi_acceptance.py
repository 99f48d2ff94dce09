#!/usr/bin/python3
"""Stilla as a screen reader sees it: an acceptance test through AT-SPI.

Starts the real Stilla on a private X server (Xvfb) with its own D-Bus session, on which
at-spi2-core's bus launcher and registry run as they do on a desktop, and then, through the
accessibility tree only (pyatspi, the library Orca is built on):

  * audits every page and the first-run question: each visible interactive control has a
    name, no combo box is named only by its value, each image has a text alternative, each
    chart carries a text summary of what it shows, and in Swedish no name or description is
    left in English (the English sources of translations/stilla_sv.ts);
  * logs a full day on the Diary page: finds each control by its role and accessible name,
    sets values (AT-SPI Value and EditableText), presses buttons (Action), and moves through
    the two combo boxes with the keyboard as a screen reader user does (AT-SPI's own key
    synthesis, after focusing the field before through AT-SPI);
  * reads the status messages and requires that every change of one was announced (an
    AT-SPI event reached the client with the new text), and reads the safety findings;
  * reads the saved day back with stilla-cli and compares every value, and compares the
    findings with stilla-cli safety.

Usage: atspi_acceptance.py --stilla BIN --cli BIN --ts translations/stilla_sv.ts --lang sv|en
Exit code 0 when every check passes; otherwise each failure is printed and the code is 1.
Needs Debian's xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (./dev.sh deps).
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

# How long any one thing may take to appear in the tree before the test names it as missing.
# The test never sleeps for a fixed time: it waits for a condition and gives up after this.
TIMEOUT_S = 30

# Roles a person acts on; each of these needs a name when it is showing. Scroll bars are left
# out: Qt gives them no name and screen readers announce them by role and position.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "text", "password text", "slider", "menu item", "check menu item", "radio menu item",
    "page tab", "link", "list item", "tree item",
}
IMAGE_ROLES = {"image", "icon"}
ALT_MASK = 1 << 3  # X11's Mod1Mask: Alt

# Names that are the same in both languages, so they do not count as untranslated in Swedish.
SAME_IN_BOTH = {"Stilla", "OK", "PDF", "PNG", "CSV", "JSON", "A+", "A−", "A-", "Guide", "mg",
                "SLV", "USDA"}


def start_session(args):
    """Runs this script again inside a private X server and D-Bus session; returns its code."""
    work = tempfile.mkdtemp(prefix="stilla-a11y-")
    procs = []
    try:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten",
             "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL, start_new_session=True)
        procs.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as displays:
            display = displays.readline().strip()
        if not display:
            print("FAIL: Xvfb did not start", file=sys.stderr)
            return 1
        env = dict(os.environ)
        for name in ("WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "QT_ACCESSIBILITY",
                     "DBUS_SESSION_BUS_ADDRESS"):
            env.pop(name, None)
        # The bus starts the AT-SPI registry, which types the test's keys into this display.
        env["DISPLAY"] = ":" + display
        dbus = subprocess.Popen(
            # The socket in the work folder, which goes at the end: a killed daemon leaves
            # its socket behind, and Debian's session.conf would put it in /tmp.
            ["dbus-daemon", "--session", "--nofork", "--address=unix:dir=" + work,
             "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
            start_new_session=True)
        procs.append(dbus)
        address = dbus.stdout.readline().strip()
        if not address:
            print("FAIL: dbus-daemon did not start", file=sys.stderr)
            return 1
        env.update({
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "HOME": os.path.join(work, "home"),
            "XDG_CONFIG_HOME": os.path.join(work, "config"),
            "XDG_DATA_HOME": os.path.join(work, "share"),
            "XDG_CACHE_HOME": os.path.join(work, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(work, "runtime"),
            "STILLA_A11Y_WORK": work,
        })
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
        child = subprocess.run([sys.executable, os.path.abspath(__file__), *sys.argv[1:]],
                               env=env)
        return child.returncode
    finally:
        for proc in reversed(procs):
            try:
                # The session's services (the AT-SPI bus and registry) share its group.
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


class Translations:
    """The Swedish translations, to name what a Swedish run should never show in English."""

    def __init__(self, ts_path):
        self.english_only = set()
        self.by_source = {}
        for context in ET.parse(ts_path).getroot().iter("context"):
            context_name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if translation is None or message.get("numerus") == "yes":
                    continue
                text = translation.text or ""
                self.by_source[(context_name, source)] = text
                if strip_mnemonic(source) != strip_mnemonic(text):
                    self.english_only.add(strip_mnemonic(source))

    def tr(self, context, source):
        """The Swedish for @p source in @p context. A source the context does not hold is a
        mistake in this script (a string that moved to another class, say), never English
        to fall back on: it would look for words the window does not show."""
        try:
            return self.by_source[(context, source)]
        except KeyError:
            raise AssertionError(f'no "{source}" in {context} in the Swedish translations')


def strip_mnemonic(text):
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


class Run:
    def __init__(self, args):
        import pyatspi  # noqa: imported here: the session must exist first
        from gi.repository import GLib
        self.pyatspi = pyatspi
        self.glib = GLib
        self.args = args
        self.lang = args.lang
        self.failures = []
        self.events = []  # (role, name) of every announced change, in order
        self.sv = Translations(args.ts)
        self.work = os.environ["STILLA_A11Y_WORK"]
        self.data_dir = os.path.join(self.work, "data")
        pyatspi.Registry.registerEventListener(
            self.on_event, "object:property-change:accessible-name",
            "object:property-change:accessible-description", "object:text-changed:insert")
        self.app_process = None
        self.initial_status = set()  # the status bar's texts before the day is logged
        self.app = None

    # --- words in the run's language -------------------------------------------------------

    def t(self, context, source):
        """The text a person sees for tr(source) in @p context, in this run's language."""
        return strip_mnemonic(self.sv.tr("stilla::" + context, source)
                              if self.lang == "sv" else source)

    # --- the event loop and the tree -------------------------------------------------------

    def on_event(self, event):
        try:
            self.events.append((event.source.getRoleName(), event.source.name or ""))
        except Exception:  # an object that went away before its event was read
            pass

    def pump(self):
        context = self.glib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def wait_for(self, what, condition):
        """Waits until condition() returns something true; fails naming @p what if it never does."""
        end = time.monotonic() + TIMEOUT_S
        while True:
            self.pump()
            try:
                result = condition()
            except self.glib.GError:
                result = None  # an object went away while it was read: the tree changed
            if result:
                return result
            if time.monotonic() > end:
                raise AssertionError(f"gave up waiting for {what} after {TIMEOUT_S} s")
            time.sleep(0.05)

    def walk(self, node=None):
        node = node or self.app
        out = [node]
        try:
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except self.glib.GError:
            return out  # it went away while it was read
        for child in children:
            if child is not None:
                out.extend(self.walk(child))
        return out

    def showing(self, node):
        return node.getState().contains(self.pyatspi.STATE_SHOWING)

    def find_now(self, role, name=None, showing=True, under=None):
        """The first object of @p role (named @p name, unless None) under @p under."""
        for node in self.walk(under):
            if node.getRoleName() == role and (name is None or (node.name or "") == name) and (
                    not showing or self.showing(node)):
                return node
        return None

    def find(self, role, name=None, showing=True):
        what = role if name is None else f'{role} "{name}"'
        return self.wait_for(what, lambda: self.find_now(role, name, showing))

    def press(self, role, name, showing=True):
        return self.act(self.find(role, name, showing))

    def act(self, node):
        """Presses, clicks or toggles @p node through its AT-SPI action."""
        role, name = node.getRoleName(), node.name
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in ("Press", "Toggle", "press", "click"):
            if wanted in names:
                action.doAction(names.index(wanted))
                return node
        raise AssertionError(f'{role} "{name}" offers no press action, only {names}')

    def point_at(self, node):
        """Moves the pointer onto @p node's window, which gets the keys on an X server
        without a window manager (the focus follows the pointer there)."""
        x, y, width, height = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        self.pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "abs")

    def find_labelled(self, role, label):
        return self.wait_for(f'{role} labelled "{label}"', lambda: next(
            (n for n in self.walk() if n.getRoleName() == role and self.showing(n)
             and label in self.labels(n)), None))

    def activate_window(self):
        """Makes Stilla's window the active one, as a window manager does when a person comes
        back to it: Xvfb has none, so a click on the page's title stands in. Shortcuts and
        menu mnemonics work only in the active window."""
        frame = self.find("frame")
        if frame.getState().contains(self.pyatspi.STATE_ACTIVE):
            return
        title = next(n for n in self.walk(frame) if n.getRoleName() == "label"
                     and self.showing(n) and n.name)
        x, y, width, height = title.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        self.pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "b1c")
        self.wait_for("Stilla's window to be active",
                      lambda: frame.getState().contains(self.pyatspi.STATE_ACTIVE))

    def mnemonic(self, context, source):
        """The key of @p source's mnemonic (the letter after "&") in this run's language."""
        text = self.sv.tr("stilla::" + context, source) if self.lang == "sv" else source
        return ord(text[text.index("&") + 1].lower())

    def menu_command(self, context, menu, item):
        """Chooses a menu item from the keyboard, as a person without a mouse does: Alt and
        the menu's mnemonic, then the item's (both translated in the class @p context). (A dialog opened through an AT-SPI action would
        hold the action's reply until it closes.)"""
        self.activate_window()
        # Alt held as a locked modifier (Mod1) while the menu's letter is typed.
        self.pyatspi.Registry.generateKeyboardEvent(ALT_MASK, None, self.pyatspi.KEY_LOCKMODIFIERS)
        self.key(self.mnemonic(context, menu))
        self.pyatspi.Registry.generateKeyboardEvent(ALT_MASK, None,
                                                    self.pyatspi.KEY_UNLOCKMODIFIERS)
        self.wait_for("the menu to open", lambda: self.find_now("popup menu"))
        self.key(self.mnemonic(context, item))

    def audit_dialog(self, menu_context, menu, item, context, title):
        """Opens a dialog from the menu, audits it and closes it with its Close button."""
        title = self.t(context, title)
        self.menu_command(menu_context, menu, item)
        dialog = self.find("dialog", title)
        print(f"dialog {title}: {self.audit(title)} objects checked")
        closes = {strip_mnemonic(self.sv.tr(c, s)) if self.lang == "sv" else strip_mnemonic(s)
                  for c, s in self.sv.by_source if s in ("Close", "&Close")}
        close = next((n for n in self.walk(dialog) if n.getRoleName() == "push button"
                      and n.name in closes and self.showing(n)), None)
        if close is None:
            raise AssertionError(f'the dialog "{title}" has no Close button in the tree')
        self.act(close)
        self.wait_for(f'the dialog "{title}" to close', lambda: not self.find_now("dialog"))

    def key(self, keysym):
        self.pyatspi.Registry.generateKeyboardEvent(keysym, None, self.pyatspi.KEY_SYM)

    def fail(self, message):
        self.failures.append(message)
        print("FAIL:", message)

    # --- the checks -------------------------------------------------------------------------

    def audit(self, where):
        """Checks every showing object under the application, as a screen reader meets them."""
        checked = 0
        for node in self.walk():
            if not self.showing(node):
                continue
            role = node.getRoleName()
            name = (node.name or "").strip()
            description = (node.description or "").strip()
            checked += 1
            place = f'{where}: {role} "{name}" (in {self.path(node)})'
            if role in INTERACTIVE_ROLES and not name:
                self.fail(f"{place} has no accessible name")
            if role == "combo box" and not self.labels(node):
                # On Linux Qt names a combo box by its value and leaves the name of what it
                # chooses to a label (QLabel::setBuddy), which screen readers read first.
                self.fail(f"{place} has no label: a screen reader says only its value")
            if role in IMAGE_ROLES and not (name or description):
                self.fail(f"{place} is an image without a text alternative")
            if self.lang == "sv":
                for text in (name, description):
                    if text in self.sv.english_only and text not in SAME_IN_BOTH:
                        self.fail(f'{place} shows English text in Swedish: "{text}"')
        return checked

    def labels(self, node):
        """The names of the labels that label @p node (AT-SPI's labelled-by relation)."""
        names = []
        for relation in node.getRelationSet():
            if relation.getRelationType() == self.pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and (target.name or "").strip():
                        names.append(target.name.strip())
        return names

    def path(self, node):
        parts = []
        parent = node.parent
        while parent is not None and parent.getRoleName() not in ("application", "frame"):
            if parent.name:
                parts.append(parent.name[:40])
            parent = parent.parent
        return " < ".join(parts[:3]) or "the window"

    def check_chart_summary(self, name):
        chart = self.find("filler", name)
        if not (chart.description or "").strip():
            self.fail(f'chart "{name}" offers no text summary of what it shows')
        return chart.description

    # --- the session ------------------------------------------------------------------------

    def start_app(self):
        os.makedirs(self.data_dir, exist_ok=True)
        self.app_process = subprocess.Popen(
            [self.args.stilla, "--data-dir", self.data_dir, "--lang", self.lang])

        def application():
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == self.app_process.pid:
                    return app
            return None
        self.app = self.wait_for("Stilla in the accessibility tree", application)

    def first_run(self):
        alert = self.find("alert")
        print(f'first-run question: "{alert.name}"')
        self.audit("the first-run question")
        # Qt's own button, translated by Qt's qtbase catalogue.
        self.press("push button", "Nej" if self.lang == "sv" else "No")
        self.wait_for("the first-run question to close",
                      lambda: not self.find_now("alert"))

    def open_page(self, page):
        """Opens a page from the View menu and waits for its title."""
        menu_item = self.t("MainWindow", "&" + page)
        title = self.t(page + "Page", page)
        self.press("menu item", menu_item, showing=False)
        self.wait_for(f"the {title} page", lambda: self.find_now("label", title))
        return title

    def cli(self, *arguments):
        result = subprocess.run([self.args.cli, "--data-dir", self.data_dir, *arguments],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise AssertionError(f"stilla-cli {' '.join(arguments)} failed: {result.stderr}")
        return result.stdout

    def log_a_day(self):
        t = self.t
        status_saved = t("DiaryPage", "Saved")
        before = len(self.events)

        # The night: two times typed into the fields, the others through Value.
        self.find("text", t("SleepSection", "Time into bed")).queryEditableText() \
            .setTextContents("22:40")
        self.find("spin button", t("SleepSection", "Minutes to fall asleep")).queryValue() \
            .currentValue = 25
        self.find("spin button", t("SleepSection", "Times woken in the night")).queryValue() \
            .currentValue = 2
        self.press("radio button", t("SleepSection", "Sleep quality: %1").replace(
            "%1", t("SleepSection", "Poor")))

        # The legs: severity, one feeling, and the two choices by keyboard.
        self.find("spin button", t("SymptomsSection", "Symptom severity, 0 to 10")).queryValue() \
            .currentValue = 7
        self.press("check box", t("SymptomsSection", "An urge to move the legs"))
        onset = self.find("text", t("SymptomsSection", "Time the symptoms began"))
        self.point_at(onset)
        if not onset.queryComponent().grabFocus():
            raise AssertionError("the symptom time field would not take the focus")
        for keysym in (ord("2"), ord("1"), ord("3"), ord("0")):
            self.key(keysym)
        self.wait_for("the typed symptom time",
                      lambda: onset.queryText().getText(0, -1) == "2130")
        period_name = t("SymptomsSection", "Part of the day the symptoms began")
        self.key(0xff09)  # Tab, to the time of day
        period = self.find_labelled("combo box", period_name)
        self.key(0xff54)  # Down: "In the afternoon"
        self.key(0xff54)  # Down: "In the evening"
        # Qt on Linux gives a combo box its current value as its name.
        self.wait_for("the time of day to change",
                      lambda: period.name == t("SymptomsSection", "In the evening"))

        # Magnesium: a supplement dose above what the article calls safe, so a finding shows.
        self.press("push button", t("MagnesiumSection", "Add a supplement dose"))
        self.find("spin button", t("SupplementDoseRow", "Elemental magnesium in mg, as on the label")
                  ).queryValue().currentValue = 400

        # Habits and notes.
        self.find("spin button", t("HabitsSection", "Caffeine servings")).queryValue() \
            .currentValue = 3
        self.press("check box", t("HabitsSection", "A warm bath"))
        self.find("text", t("HealthSection", "Notes")).queryEditableText() \
            .setTextContents("Logged through AT-SPI")

        # Last of all a time set through the tree alone: it must count as an edit by itself.
        self.find("text", t("SleepSection", "Time out of bed")).queryEditableText() \
            .setTextContents("06:50")

        status = self.find("label", status_saved)
        self.wait_for("the announcement of the saved state",
                      lambda: ("label", status_saved) in self.events[before:])
        saving = t("DiaryPage", "Saving…")
        if ("label", saving) not in self.events[before:]:
            self.fail(f'the status "{saving}" was shown but never announced')
        print(f'status: "{status.name}" (announced)')
        self.check_status_bar(before)

    def check_status_bar(self, since):
        """Each message in the status bar that changed during the day was announced."""
        for node in self.walk(self.find("status bar", showing=False))[1:]:
            if node.getRoleName() != "label" or not self.showing(node) or not node.name:
                continue
            if ("label", node.name) in self.events[since:]:
                print(f'status bar: "{node.name}" (announced)')
            elif node.name not in self.initial_status:
                self.fail(f'the status bar changed to "{node.name}" without announcing it')

    def read_findings(self, date):
        """Opens each finding's details, as a person does, and reads every safety note that
        stilla-cli safety lists for the day."""
        notes = json.loads(self.cli("safety", "--date", date, "--json", "--lang", self.lang))
        if not notes:
            self.fail("stilla-cli safety found nothing for a 400 mg dose; the test needs a "
                      "finding to read")
        details = self.t("FindingsPanel", "Details: %1").split("%1")[0]
        # Qt exposes the checkable "Details" tool button as a check box.
        buttons = [n for n in self.walk()
                   if n.getRoleName() in ("push button", "toggle button", "check box")
                   and (n.name or "").startswith(details) and self.showing(n)]
        if not buttons:
            self.fail("no finding offers its details in the accessibility tree")
        for button in buttons:
            print(f'finding: "{button.name[len(details):]}"')
            self.act(button)
        for note in notes:
            message = note["message"]
            self.wait_for(f'the safety note "{message}" in the accessibility tree', lambda: any(
                message in (n.name or "") for n in self.walk() if self.showing(n)))
            print(f'safety note read: "{message}"')

    def check_saved_day(self):
        exported = json.loads(self.cli("export", "--format", "json", "-"))
        days = exported["days"]
        if len(days) != 1:
            raise AssertionError(f"expected one saved day, found {len(days)}")
        day = days[0]
        expected = {
            ("sleep", "time_into_bed"): "22:40",
            ("sleep", "time_out_of_bed"): "06:50",
            ("sleep", "latency_minutes"): 25,
            ("sleep", "awakenings"): 2,
            ("sleep", "quality"): 2,
            ("symptoms", "severity"): 7,
            ("symptoms", "onset_time"): "21:30",
            ("symptoms", "onset_period"): "evening",
            ("remedies", "caffeine_servings"): 3,
            ("notes",): "Logged through AT-SPI",
        }
        for keys, want in expected.items():
            got = day
            for key in keys:
                got = got.get(key) if isinstance(got, dict) else None
            if got != want:
                self.fail(f"saved {'.'.join(keys)} is {got!r}, typed {want!r}")
        if "urge_to_move" not in json.dumps(day.get("symptoms", {})):
            self.fail(f"the urge to move was not saved: {day.get('symptoms')}")
        if day.get("remedies", {}).get("warm_bath") is not True:
            self.fail(f"the warm bath was not saved: {day.get('remedies')}")
        doses = [d.get("elemental_mg") for d in day.get("supplements", [])]
        if doses != [400]:
            self.fail(f"saved supplement doses are {doses}, typed [400]")
        print(f"saved day {day['date']}: {json.dumps(day, ensure_ascii=False)}")
        return day["date"]

    def quit(self):
        self.press("menu item", self.t("FileMenu", "&Quit"), showing=False)
        code = self.app_process.wait(timeout=TIMEOUT_S)
        if code != 0:
            self.fail(f"Stilla exited with code {code}")

    def run(self):
        try:
            self.start_app()
            self.first_run()
            pages = ("Guide", "Diary", "Foods", "Charts", "Settings")
            for page in pages:
                title = self.open_page(page)
                print(f"page {title}: {self.audit(title)} objects checked")
            self.open_page(pages[1])
            self.audit_dialog("FileMenu", "&File", "Report for the &Doctor…", "ReportDialog",
                              "Report for the Doctor")
            self.audit_dialog("FileMenu", "&File", "Self-E&xperiment…", "ExperimentDialog",
                              "Self-Experiment — Stilla")
            self.audit_dialog("MainWindow", "&Help", "&About Stilla", "AboutDialog",
                              "About Stilla")
            bar = self.find("status bar", showing=False)
            self.initial_status = {n.name for n in self.walk(bar)}
            self.log_a_day()
            print(f"diary after the day: {self.audit(pages[1])} objects checked")
            date = self.check_saved_day()
            self.read_findings(date)
            self.open_page(pages[3])
            summary = self.check_chart_summary(self.t(
                "ChartsPage", "Chart of severity, sleep quality and magnesium over time"))
            print(f'chart summary: "{summary}"')
            self.quit()
        except AssertionError as error:
            self.fail(str(error))
        finally:
            if self.app_process and self.app_process.poll() is None:
                self.app_process.kill()
                self.app_process.wait()
        if self.failures:
            print(f"{len(self.failures)} accessibility failure(s) in {self.lang}")
            return 1
        print(f"accessibility acceptance passed in {self.lang}")
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stilla", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--lang", choices=("sv", "en"), required=True)
    args = parser.parse_args()
    if "STILLA_A11Y_WORK" not in os.environ:
        return start_session(args)
    return Run(args).run()


if __name__ == "__main__":
    sys.exit(main())
