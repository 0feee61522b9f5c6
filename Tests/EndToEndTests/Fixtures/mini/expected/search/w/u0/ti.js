plansiteSearchLoaded("w/u0/ti",{
"tinh":[1,-2]
});
