"""`fieldref keys …` and `fieldref pack …`: publisher keys and signed content packs (issue 6).

Every refusal is a PackError (a FieldReferenceError), which the CLI prints as one line and exits
2. Import progress goes to stderr only when it is a terminal, so a script sees exactly one line
on a refusal. db.packs (and cryptography) load inside each command, not with this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.cli.contract import EXIT_OK, Parser
from desktop_app.packs.content_packs import pack_context
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from db.packs import Changes, InstalledPack, Progress

SHOWN_CHANGES = 10
UNTRUSTED_NOTE = " (KEY NO LONGER TRUSTED: the next import drops this pack)"


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=Parser)
    actions.required = True
    if name == "keys":
        _configure_keys(actions)
    else:
        _configure_pack(actions)


def _configure_keys(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser("generate", help="make a publisher key pair (publisher.key/.pub)")
    p.add_argument("--out", type=Path, required=True, help="folder for the two key files")
    p.set_defaults(run=cmd_keys_generate)
    p = actions.add_parser("list", help="list the trusted publisher keys")
    p.set_defaults(run=cmd_keys_list)
    p = actions.add_parser("add", help="trust a publisher's public key")
    p.add_argument("pubfile", type=Path, metavar="PUBFILE")
    p.set_defaults(run=cmd_keys_add)
    p = actions.add_parser("remove", help="stop trusting a publisher key you added")
    p.add_argument("key_id", metavar="KEYID", help="the key id 'fieldref keys list' shows")
    p.set_defaults(run=cmd_keys_remove)


def _configure_pack(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser("build", help="build and sign a .frpack from a pack source folder")
    p.add_argument("source", type=Path, metavar="SRC_DIR")
    p.add_argument("--key", type=Path, required=True, help="the publisher's private key file")
    p.add_argument("--sequence", type=int, required=True, help="higher than any earlier build")
    p.add_argument("--out", type=Path, required=True, help="the .frpack file to write")
    p.add_argument("--data-as-of", help="the date the content is current to (default: today)")
    p.add_argument("--min-app-version", help="oldest app version that may install it")
    p.set_defaults(run=cmd_pack_build)
    for name, run, text in (
        ("verify", cmd_pack_verify, "check a pack and print what importing it would change"),
        ("import", cmd_pack_import, "verify a pack and install it"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("file", type=Path, metavar="FILE")
        p.add_argument(
            "--allow-downgrade",
            action="store_true",
            help="accept a pack that is not newer than the installed one",
        )
        p.set_defaults(run=run)
    p = actions.add_parser("rollback", help="go back to the catalogue before the last import")
    p.add_argument(
        "--shipped", action="store_true", help="go back to the shipped catalogue (no packs)"
    )
    p.set_defaults(run=cmd_pack_rollback)
    p = actions.add_parser("list", help="list the installed content packs")
    p.set_defaults(run=cmd_pack_list)


# -- keys -----------------------------------------------------------------------------------------


def cmd_keys_generate(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import generate_key_pair

    pair = generate_key_pair(args.out)
    print(f"publisher key {pair.key_id}", file=out)
    print(f"  private: {pair.private_file}  (keep it secret; never ship it)", file=out)
    print(f"  public:  {pair.public_file}  (give it to officers: 'fieldref keys add')", file=out)
    return EXIT_OK


def cmd_keys_list(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import load_keyring

    keyring = load_keyring(pack_context(paths).key_dirs)
    if not keyring.keys:
        print("no trusted publisher keys (add one with 'fieldref keys add PUBFILE')", file=out)
    for key in keyring.keys.values():
        print(f"{key.key_id}  {key.source:<8} {key.path}", file=out)
    for problem in keyring.problems:
        print(f"(not trusted) {problem.source:<8} {problem.path}: {problem.reason}", file=out)
    return EXIT_OK


def cmd_keys_add(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import add_trusted_key

    key = add_trusted_key(args.pubfile, paths.user_keys_dir)
    print(f"trusted publisher key {key.key_id} -> {key.path}", file=out)
    return EXIT_OK


def cmd_keys_remove(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import load_keyring
    from db.packs.keys import remove_trusted_key

    ctx = pack_context(paths)
    for path in remove_trusted_key(args.key_id, paths.user_keys_dir, paths.shipped_keys_dir):
        print(f"removed {path}", file=out)
    still = load_keyring(ctx.key_dirs).get(args.key_id)
    if still is not None:
        print(f"key {args.key_id} is still trusted: it is shipped with the app", file=out)
        return EXIT_OK
    print(f"no longer trusted: publisher key {args.key_id}", file=out)
    flagged = [p for p in ctx.active().untrusted_packs if p.publisher_key == args.key_id]
    for pack in flagged:
        print(
            f"installed pack {pack.label()} was signed by it: the next import drops it"
            " (or roll back with 'fieldref pack rollback')",
            file=out,
        )
    return EXIT_OK


# -- packs ----------------------------------------------------------------------------------------


def cmd_pack_build(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import build_pack
    from db.packs.manifest import FORMAT_MIN_APP_VERSION

    built = build_pack(
        args.source,
        args.key,
        args.sequence,
        args.out,
        data_as_of=args.data_as_of,
        min_app_version=args.min_app_version or FORMAT_MIN_APP_VERSION,
    )
    m = built.manifest
    print(
        f"built {m.id} #{m.sequence} ({m.mode}, {m.entry_count:,} entries, {m.region_count}"
        f" regions) signed by {m.publisher_key} -> {built.path}",
        file=out,
    )
    return EXIT_OK


def cmd_pack_verify(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import verify_pack

    report = verify_pack(args.file, pack_context(paths), allow_downgrade=args.allow_downgrade)
    m = report.manifest
    installed = (
        f"sequence {report.installed_sequence} installed"
        if report.installed_sequence is not None
        else "not installed"
    )
    print(f"pack:       {m.id} #{m.sequence} “{m.title}” ({m.mode}); {installed}", file=out)
    print(f"signed by:  {report.key.key_id} ({report.key.source} key)", file=out)
    print(f"created:    {m.created}; data as of {m.data_as_of}", file=out)
    print(f"entries:    {m.entry_count:,}; regions: {m.region_count:,}", file=out)
    if report.downgrade:
        print("warning:    not newer than the installed pack (--allow-downgrade)", file=out)
    print(f"would make: catalogue {report.catalogue_version}", file=out)
    print(f"changes:    {report.changes.summary()}", file=out)
    _print_dropped(report.dropped, "would drop", out)
    _print_changes(report.changes, out)
    print("verified: the pack may be imported", file=out)
    return EXIT_OK


def _print_dropped(dropped: tuple[InstalledPack, ...], verb: str, out: TextIO) -> None:
    for pack in dropped:
        print(
            f"{verb}: installed pack {pack.label()}: its publisher key {pack.publisher_key} is"
            " no longer trusted",
            file=out,
        )


def _print_changes(changes: Changes, out: TextIO) -> None:
    for mark, pairs in (("+", changes.added), ("~", changes.updated), ("-", changes.removed)):
        for slug, title in pairs[:SHOWN_CHANGES]:
            print(f"  {mark} {slug}  {title}", file=out)
        if len(pairs) > SHOWN_CHANGES:
            print(f"  {mark} … and {len(pairs) - SHOWN_CHANGES:,} more", file=out)


def cmd_pack_import(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import install_pack

    report = install_pack(
        args.file,
        pack_context(paths),
        allow_downgrade=args.allow_downgrade,
        progress=_terminal_progress(sys.stderr),
    )
    m = report.manifest
    print(
        f"installed {m.id} #{m.sequence}: {report.changes.summary()};"
        f" catalogue {report.catalogue_version} (version {report.version})",
        file=out,
    )
    _print_dropped(report.dropped, "dropped", out)
    _print_changes(report.changes, out)
    timings = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.timings)
    print(f"took {report.seconds:.1f} s ({timings})", file=out)
    return EXIT_OK


def _terminal_progress(err: TextIO | None) -> Progress | None:
    if err is None or not err.isatty():
        return None
    last: list[object] = [None]

    def tell(message: str, done: int, total: int) -> None:
        step = (message, done * 10 // total if total else None)
        if step == last[0]:
            return
        last[0] = step
        count = f" {done:,}/{total:,}" if total else ""
        print(f"fieldref: {message}{count}", file=err, flush=True)

    return tell


def cmd_pack_rollback(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from db.packs import rollback

    ctx = pack_context(paths)
    before = ctx.active().version
    active = rollback(ctx, to_shipped=args.shipped)
    came_from = f"from installed version {before}" if before is not None else ""
    if active.is_shipped:
        print(f"rolled back {came_from}: the shipped catalogue is in use", file=out)
    else:
        print(f"rolled back {came_from} to installed version {active.version}", file=out)
    _print_packs(active.packs, out)
    return EXIT_OK


def cmd_pack_list(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    active = pack_context(paths).active()
    if active.problem:
        print(f"warning: {active.problem}", file=out)
    if not active.packs:
        print("no content packs installed: the shipped catalogue is in use", file=out)
    _print_packs(active.packs, out)
    return EXIT_OK


def _print_packs(packs: tuple[InstalledPack, ...], out: TextIO) -> None:
    for pack in packs:
        print(
            f"{pack.id} #{pack.sequence}  “{pack.title}”  {pack.mode}, {pack.entry_count:,}"
            f" entries, data as of {pack.data_as_of}, key {pack.publisher_key}"
            + (UNTRUSTED_NOTE if pack.key_trusted is False else ""),
            file=out,
        )
