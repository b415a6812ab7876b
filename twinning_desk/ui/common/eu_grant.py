"""The EU town-twinning verdict shown under the participants of an event or a delegation.

Both editors show the same line, so it lives here rather than in either feature. Its text
keeps the "DelegationDialog" translation context, where it was first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from twinning_desk.services.eu_grant import (
    EU_MIN_COUNTRIES,
    EU_MIN_INVITED,
    EU_MIN_PARTICIPANTS,
    EuCheck,
)
from twinning_desk.ui.common.colours import Tone, style_tone


def show_eu_check(label: QLabel, check: EuCheck) -> None:
    """The EU town-twinning verdict with the counts that decide it (delegations, events)."""

    verdict = (
        QCoreApplication.translate("DelegationDialog", "meets the EU town-twinning thresholds")
        if check.eligible
        else QCoreApplication.translate(
            "DelegationDialog", "does not meet the EU town-twinning thresholds"
        )
    )
    text = QCoreApplication.translate(
        "DelegationDialog",
        "EU grant: {verdict} — participants {participants}/{min_participants}, "
        "invited from abroad {invited}/{min_invited}, countries {countries}/"
        "{min_countries}.",
    )
    label.setText(
        text.format(
            verdict=verdict,
            participants=check.participants,
            min_participants=EU_MIN_PARTICIPANTS,
            invited=check.invited_from_abroad,
            min_invited=EU_MIN_INVITED,
            countries=check.countries,
            min_countries=EU_MIN_COUNTRIES,
        )
    )
    style_tone(label, Tone.SUCCESS if check.eligible else Tone.MUTED)
