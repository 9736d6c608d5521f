from __future__ import annotations

import click

from lagebild.cli.options import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve_command(db_url, host, port) -> None:
    """Serve the dashboard and the HTTP API (read-only) over a database."""
    import uvicorn

    from lagebild.web import create_app

    try:
        app = create_app(db_url)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"lagebild dashboard on http://{host}:{port}/ (API docs: /docs) over {db_url}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
