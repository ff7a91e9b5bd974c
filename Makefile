# The two commands of the README: `make serve` and `make test`. Both install what is missing
# first (scripts/setup.sh is idempotent and quiet when everything is there).
.PHONY: setup serve test bench fuzz

setup:
	@scripts/setup.sh

serve: setup
	@scripts/serve.sh

test: setup
	@scripts/test.sh

bench: setup
	@scripts/bench.sh

# A million random and mutated share links and CSV files: nothing may panic (about a minute).
fuzz: setup
	@. scripts/env.sh && cargo test --profile fuzz -p furlough-app --test fuzz_links -- --ignored --nocapture
