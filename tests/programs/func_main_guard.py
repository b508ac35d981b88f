# The if __name__ == "__main__": idiom.
import sys

def parse_numbers(text):
    result = []
    for part in text.split(","):
        part = part.strip()
        if part:
            result.append(int(part))
    return result

def main():
    nums = parse_numbers("3, 1, 4, 1, 5, , 9")
    print("numbers:", nums)
    print("sum:", sum(nums), "max:", max(nums))
    print("name:", __name__)
    return 0

if __name__ == "__main__":
    code = main()
    print("exit code would be", code)
    sys.exit(code)
print("not reached")
