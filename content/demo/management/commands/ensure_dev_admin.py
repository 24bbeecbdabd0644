from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "atlas-dev-admin"  # dev only: the command refuses to run with DEBUG off


class Command(BaseCommand):
    help = "Create the development admin account (DEBUG only) and print its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        if created or not user.check_password(PASSWORD):
            user.is_staff = user.is_superuser = True
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(f"Admin login (development only): {USERNAME} / {PASSWORD}")
