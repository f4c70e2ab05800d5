// App-wide text (English): header, footer, saving notices, navigation.
export default {
  app: {
    brand: 'InnoCheck 科创自评',
    title: 'InnoCheck 科创自评',
    privacy: 'All data stays on this device and is never uploaded',
    skip: 'Skip to main content',
    language: '中文',
    languageLabel: ' (switch to Chinese)',
    version: 'Version {version}',
  },
  nav: {
    next: 'Next',
    back: 'Back',
    save: 'Save and return',
    toReview: 'Check your answers',
    toResults: 'See the results',
    progress: 'Progress',
  },
  saving: {
    restored: 'Your draft saved on this device has been restored.',
    aside: {
      intro:
        '{n} saved {n:plural:item|items} on this device could not be loaded. {n:plural:It is|They are} kept exactly as stored; you can download {n:plural:it|them}:',
      download: 'Download item {n}',
      how: 'Give a downloaded file to someone technical to look at; open a newer version’s save with that newer InnoCheck: this version never changes it.',
    },
    reason: {
      notJson: 'Unreadable: not valid JSON; copied aside as it was.',
      notDraft: 'Unreadable: not an InnoCheck draft; copied aside as it was.',
      noRevision: 'Unreadable: the save counter is missing; copied aside as it was.',
      unknownVersion: 'Unreadable: unknown profile format version; copied aside as it was.',
      earlier: 'Set aside earlier because it could not be read.',
      newer: 'Saved by a newer InnoCheck: read-only here, open it with the newer version.',
    },
    unavailable:
      'This browser does not allow saving on this device: you can go on, but your answers are lost when the page closes.',
    full: 'This device’s storage is full and your latest change was not saved: you can go on, but answers may be lost when the page closes.',
    conflict: 'This draft was changed in another tab. Saving is paused here so neither overwrites the other.',
    takeTheirs: 'Load the other tab’s version',
    keepMine: 'Keep this tab’s version',
    noSave: '"Do not save on this computer" is on: answers live only in this page and disappear when it closes.',
    resume: 'Resume saving',
    dismiss: 'Dismiss',
  },
  data: {
    heading: 'Data on this device',
    stopSaving: 'Do not save on this computer',
    stopSavingHint: 'For shared computers: stops saving and deletes every firm saved here (asks first).',
    deletes:
      'every answer of the {n} {n:plural:firm|firms} saved here ({names}) and {aside} set-aside {aside:plural:item|items} that could not be loaded',
    listSeparator: ', ',
    confirmStop:
      'Stop saving on this computer? This deletes {deletes}; settings are kept. From now on answers live only in this page and disappear when it closes. This cannot be undone: export any firm you need first.',
    confirmStopYes: 'Delete and stop saving',
    stopped: 'The firms saved here were deleted; nothing more is saved.',
    clearAll: 'Clear all data on this device',
    confirmClear:
      'Clear all InnoCheck data on this device? This deletes {deletes}, and the settings. This cannot be undone.',
    confirm: 'Clear now',
    cancel: 'Cancel',
    cleared: 'All data on this device has been cleared.',
  },
  unsure: 'Not sure / answer later',
  notAnswered: 'Not answered (not sure)',
}
