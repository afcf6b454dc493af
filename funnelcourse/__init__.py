"""funnelcourse: the funnelkit course's own code (not part of the library).

The course map, the glossary, quiz questions and exercise checks, and the set-up call
every notebook starts with. Course text lives beside the lesson sources and is
translated in each lesson's catalog; this package reads it.
"""
