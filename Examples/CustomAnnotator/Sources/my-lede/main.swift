import LedeShell

LedeCommand<RegisteredAnnotators>.runMain()
