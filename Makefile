# The two commands of the README: `make serve` and `make test`. Both install what is missing
# first (scripts/setup.sh is idempotent and quiet when everything is there).
.PHONY: setup serve test bench

setup:
	@scripts/setup.sh

serve: setup
	@scripts/serve.sh

test: setup
	@scripts/test.sh

bench: setup
	@scripts/bench.sh
