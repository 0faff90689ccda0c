"""The scheduler: its jobs (sweep, delivery, housekeeping), the APScheduler that runs them and
the lock that lets one scheduler work however many are started."""
