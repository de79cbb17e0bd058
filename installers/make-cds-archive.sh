#!/bin/sh
# Makes the class-data-sharing archive that shortens RadCurate's start-up (docs/adr/0017), where the
# program is installed: JDK 17 checks the class path an archive was made with against the one it
# runs with, so it is made at the installed path, from the class list shipped beside this script,
# through the installed launcher (so the class path is exactly the one it starts with). The
# installers ship it in $APPDIR (/opt/radcurate/lib/app); the .deb's postinst and the .rpm's
# post-install scriptlet run it as root, about 15 CPU s. Without the archive RadCurate starts as
# well, only slower; a failure leaves no archive behind and exits 1.
#
#   sh /opt/radcurate/lib/app/make-cds-archive.sh
APPDIR=$(cd "$(dirname "$0")" && pwd)
LAUNCHER=$APPDIR/../../bin/RadCurate
rm -f "$APPDIR/radcurate.jsa"
[ -f "$APPDIR/radcurate.classlist" ] || exit 0
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APPDIR/radcurate.classlist -XX:SharedArchiveFile=$APPDIR/radcurate.jsa" \
    "$LAUNCHER" >/dev/null 2>&1 || { rm -f "$APPDIR/radcurate.jsa"; exit 1; }
